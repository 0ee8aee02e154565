package cn.jinghai.crm.figures.readmodel;

import java.time.LocalDate;

/** A Beijing high-tech lead counted toward the year's Beijing-projects target, by its first signing. */
public record BeijingProjectView(String leadId, String companyName, String projectName, String ownerUnit,
                                 LocalDate firstSigned) {
}
