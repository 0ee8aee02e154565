package cn.jinghai.crm.referral.api;

import cn.jinghai.crm.lead.api.LeadId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The district office accepts a referral; the lead {@code leadId} is registered for it in the same transaction. */
public record AcceptReferralCommand(@TargetAggregateIdentifier ReferralId referralId, LeadId leadId, String unitCode) {
}
