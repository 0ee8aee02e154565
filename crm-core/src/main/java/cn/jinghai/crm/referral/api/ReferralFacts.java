package cn.jinghai.crm.referral.api;

import cn.jinghai.crm.common.api.CreditCode;

/** What an accepted referral hands to the lead registered for it: the company and the ambassador credited. */
public record ReferralFacts(String companyName, CreditCode creditCode, String ambassador) {
}
