package cn.jinghai.crm.lead.ui.forms;

import java.time.LocalDate;

/** A reassignment: the receiving unit, why, and from which day its tranches are credited there. */
public record ReassignData(String unitCode, String reason, LocalDate effectiveDate) {
}
