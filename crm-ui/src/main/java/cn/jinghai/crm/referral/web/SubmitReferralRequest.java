package cn.jinghai.crm.referral.web;

import cn.jinghai.crm.common.api.CnyAmount;

/** Body of {@code POST /api/referrals} (API.md). */
public record SubmitReferralRequest(String companyName, String creditCode, String contact, String notes,
                                    CnyAmount expectedInvestmentCny) {
}
