package cn.jinghai.crm.referral.api;

import cn.jinghai.crm.common.api.CreditCode;

/**
 * The command side's lookup of first referrers: whether a company (same credit code, or same
 * normalised name) was referred before, or already has a lead.
 */
public interface ReferralRegistry {

    boolean alreadyKnown(CreditCode creditCode, String companyName);
}
