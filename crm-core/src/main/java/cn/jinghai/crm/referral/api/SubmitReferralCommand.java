package cn.jinghai.crm.referral.api;

import cn.jinghai.crm.common.api.CnyAmount;
import cn.jinghai.crm.common.api.CreditCode;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An ambassador refers a company (POST /api/referrals); the ambassador is the actor. */
public record SubmitReferralCommand(@TargetAggregateIdentifier ReferralId referralId, String companyName,
                                    CreditCode creditCode, String contact, String notes, CnyAmount expectedInvestmentCny) {
}
