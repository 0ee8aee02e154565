package cn.jinghai.crm.referral.application;

import cn.jinghai.crm.common.api.CnyAmount;
import cn.jinghai.crm.lead.api.CapitalOrigin;

/**
 * What the district office completes when it accepts a referral into a lead (the body of
 * {@code POST /api/referrals/{id}/accept} and the inbox's accept dialog); the company comes from the referral.
 */
public record ReferralAcceptance(String unitCode, String projectName, String industryChain, CapitalOrigin capitalOrigin,
                                 CnyAmount plannedInvestmentCny, Boolean beijing, Boolean highTech, Boolean keyProject) {
}
