package cn.jinghai.crm.lead.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The district office refuses a reported tranche, with the reason. */
public record RejectTrancheCommand(@TargetAggregateIdentifier LeadId leadId, Long expectedVersion, String trancheId, String reason) {
}
