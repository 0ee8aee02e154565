package cn.jinghai.crm.referral.api;

import cn.jinghai.crm.lead.api.LeadId;
import org.axonframework.serialization.Revision;

/** A referral was accepted: lead {@code leadId} (channel AMBASSADOR_REFERRAL) was registered for {@code unitCode}. */
@Revision("1")
public record ReferralAcceptedEvent(ReferralId referralId, String ambassador, LeadId leadId, String unitCode) {
}
