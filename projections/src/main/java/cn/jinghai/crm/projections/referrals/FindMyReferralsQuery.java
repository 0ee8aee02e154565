package cn.jinghai.crm.projections.referrals;

/** The asking ambassador's own referrals, newest first. */
public record FindMyReferralsQuery() {
}
