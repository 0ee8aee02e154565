package cn.jinghai.crm.lead.application;

import java.time.LocalDate;

/**
 * A lead handed to another unit: the receiving unit, why, and from which day its tranches are credited
 * there (the body of {@code POST /api/leads/{id}/reassign} and the reassign dialog's result).
 */
public record Reassignment(String unitCode, String reason, LocalDate effectiveDate) {
}
