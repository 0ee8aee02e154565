package cn.jinghai.crm.referral.readmodel;

import cn.jinghai.crm.lead.api.Stage;
import cn.jinghai.crm.referral.api.ReferralStatus;

import java.time.Instant;

/**
 * A referral as its ambassador sees it: the status, the district office's reason when it declined it,
 * and, once accepted, the lead's stage only (never the lead, its unit, or who referred a duplicate first).
 */
public record MyReferral(String id, String companyName, ReferralStatus status, Instant submittedAt, Stage stage,
                         String declineReason) {
}
