package cn.jinghai.crm.projections.referrals;

import cn.jinghai.crm.referral.api.ReferralStatus;

/** The district office's referral inbox, optionally of one status, oldest first. */
public record FindReferralsQuery(ReferralStatus status) {
}
