package cn.jinghai.crm.referral.readmodel;

/** The asking ambassador's own referrals, newest first. */
public record FindMyReferralsQuery() {
}
