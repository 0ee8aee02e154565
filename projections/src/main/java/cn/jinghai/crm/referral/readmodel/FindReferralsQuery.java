package cn.jinghai.crm.referral.readmodel;

import cn.jinghai.crm.referral.api.ReferralStatus;

/** The district office's referral inbox, optionally of one status, oldest first. */
public record FindReferralsQuery(ReferralStatus status) {
}
