package cn.jinghai.crm.figures.readmodel;

import cn.jinghai.crm.common.api.CnyAmount;

/** An ambassador's standing in a year (API.md, {@code GET /api/ambassadors/{username}/standing}). */
public record StandingView(CnyAmount verifiedCny, CnyAmount proposedRewardCny, CnyAmount approvedRewardCny) {
}
