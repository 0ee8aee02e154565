package cn.jinghai.crm.lead.web;

import java.time.LocalDate;

/** Body of {@code POST /api/leads/{id}/reassign} (API.md). */
public record ReassignRequest(String unitCode, String reason, LocalDate effectiveDate) {
}
