package cn.jinghai.crm.ambassador.application;

import cn.jinghai.crm.common.api.CnyAmount;

/**
 * Leadership's approval of an ambassador's reward as the district office records it (the body of
 * {@code POST /api/ambassadors/{username}/rewards} and the rewards page's dialog).
 */
public record RewardApproval(Integer year, CnyAmount amountCny, String approvedBy, String documentNo) {
}
