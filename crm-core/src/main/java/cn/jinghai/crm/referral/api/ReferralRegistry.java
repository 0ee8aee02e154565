package cn.jinghai.crm.referral.api;

import cn.jinghai.crm.common.api.CreditCode;

/**
 * The command side's lookup of first referrers: whether a company (same credit code, or same
 * normalised name) was referred before, or already has a lead. The answer must hold until the
 * command's transaction ends, so that of two referrals of one new company at the same moment only the
 * first is credited and the other is a duplicate.
 */
public interface ReferralRegistry {

    boolean alreadyKnown(CreditCode creditCode, String companyName);
}
