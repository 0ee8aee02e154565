package cn.jinghai.crm.ambassador.web;

import cn.jinghai.crm.common.api.CnyAmount;

/** Body of {@code POST /api/ambassadors/{username}/rewards} (API.md). */
public record RewardRequest(Integer year, CnyAmount amountCny, String approvedBy, String documentNo) {
}
