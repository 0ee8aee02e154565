package cn.jinghai.crm.lead.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The district office withdraws a verified tranche (a correction), with the reason. */
public record ReverseTrancheCommand(@TargetAggregateIdentifier LeadId leadId, Long expectedVersion, String trancheId, String reason) {
}
