package cn.jinghai.crm.referral.application;

import cn.jinghai.crm.common.api.CnyAmount;

/**
 * A referral as an ambassador submits it (the body of {@code POST /api/referrals} and the ambassador
 * page's form): the company, a contact, what they know, and the expected investment in yuan.
 */
public record ReferralSubmission(String companyName, String creditCode, String contact, String notes,
                                 CnyAmount expectedInvestmentCny) {
}
