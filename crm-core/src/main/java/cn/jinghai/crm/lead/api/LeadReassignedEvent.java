package cn.jinghai.crm.lead.api;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * A lead passed from {@code fromUnit} to {@code toUnit}; tranches arriving on or after
 * {@code effectiveDate} are credited to {@code toUnit}, earlier ones to the units before it.
 */
@Revision("1")
public record LeadReassignedEvent(LeadId leadId, String fromUnit, String toUnit, String reason, LocalDate effectiveDate) {
}
