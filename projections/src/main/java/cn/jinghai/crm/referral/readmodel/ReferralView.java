package cn.jinghai.crm.referral.readmodel;

import cn.jinghai.crm.lead.api.Stage;
import cn.jinghai.crm.referral.api.ReferralStatus;

import java.time.Instant;

/** A referral in the district office's inbox. */
public record ReferralView(String id, String ambassador, String companyName, String creditCode, String contact,
                           String notes, String expectedInvestmentCny, ReferralStatus status, Instant submittedAt,
                           String leadId, String unitCode, Stage stage, String declineReason) {
}
