package cn.jinghai.crm.lead.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Hands a lead to another unit from {@code effectiveDate} on (POST /api/leads/{id}/reassign). */
public record ReassignLeadCommand(@TargetAggregateIdentifier LeadId leadId, Long expectedVersion, String unitCode,
                                  String reason, LocalDate effectiveDate) {
}
