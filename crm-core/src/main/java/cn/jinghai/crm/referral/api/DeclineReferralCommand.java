package cn.jinghai.crm.referral.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The district office declines a referral, with the reason. */
public record DeclineReferralCommand(@TargetAggregateIdentifier ReferralId referralId, String reason) {
}
