package cn.jinghai.crm.funding.readmodel;

import cn.jinghai.crm.lead.api.CapitalOrigin;
import cn.jinghai.crm.lead.api.TrancheStatus;

import java.time.Instant;
import java.time.LocalDate;

/** A tranche in the district office's verification queue, with what the office checks it against. */
public record QueuedTranche(String trancheId, String leadId, String companyName, String projectName, String unitCode,
                            String amount, String currency, String rateToCny, String amountCny, CapitalOrigin origin,
                            LocalDate arrivalDate, String evidence, String reportedBy, Instant reportedAt,
                            TrancheStatus status) {
}
