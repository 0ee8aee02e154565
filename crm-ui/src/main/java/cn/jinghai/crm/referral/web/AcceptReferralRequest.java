package cn.jinghai.crm.referral.web;

import cn.jinghai.crm.common.api.CnyAmount;
import cn.jinghai.crm.lead.api.CapitalOrigin;

/** Body of {@code POST /api/referrals/{id}/accept}: what the lead needs beyond the referral (API.md). */
public record AcceptReferralRequest(String unitCode, String projectName, String industryChain, CapitalOrigin capitalOrigin,
                                    CnyAmount plannedInvestmentCny, Boolean beijing, Boolean highTech, Boolean keyProject) {
}
