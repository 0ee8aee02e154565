package cn.jinghai.crm.lead.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The district office confirms a reported tranche; from then on it counts. */
public record VerifyTrancheCommand(@TargetAggregateIdentifier LeadId leadId, Long expectedVersion, String trancheId) {
}
