package cn.jinghai.crm.web.lead;

import java.time.LocalDate;

/** Body of {@code POST /api/leads/{id}/reassign} (API.md). */
public record ReassignRequest(String unitCode, String reason, LocalDate effectiveDate) {
}
