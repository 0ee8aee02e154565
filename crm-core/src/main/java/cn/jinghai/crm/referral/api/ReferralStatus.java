package cn.jinghai.crm.referral.api;

/** A referral's status (API.md). */
public enum ReferralStatus {
    SUBMITTED,
    ACCEPTED,
    DECLINED,
    DUPLICATE
}
