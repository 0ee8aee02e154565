package cn.jinghai.crm.referral.api;

import cn.jinghai.crm.common.api.CnyAmount;
import cn.jinghai.crm.common.api.CreditCode;
import org.axonframework.serialization.Revision;

/**
 * An ambassador referred a company. {@code duplicate} is true when, at that moment, the company
 * already had a lead or had been referred earlier: the referral is then DUPLICATE from the start and
 * the first referrer stays the one credited.
 */
@Revision("1")
public record ReferralSubmittedEvent(ReferralId referralId, String ambassador, String companyName, CreditCode creditCode,
                                     String contact, String notes, CnyAmount expectedInvestmentCny, boolean duplicate) {
}
