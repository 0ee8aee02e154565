package cn.jinghai.crm.referral.api;

import org.axonframework.serialization.Revision;

/** A referral was declined by the district office. */
@Revision("1")
public record ReferralDeclinedEvent(ReferralId referralId, String reason) {
}
