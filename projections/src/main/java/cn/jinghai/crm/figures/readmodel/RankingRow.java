package cn.jinghai.crm.figures.readmodel;

import cn.jinghai.crm.common.api.CnyAmount;

/**
 * One unit in a year's ranking (API.md, {@code GET /api/years/{year}/ranking}), with the unit's staffing:
 * {@code staffingMet} when at least a third of its staff work on investment full time.
 */
public record RankingRow(int rank, String unitCode, CnyAmount quotaCny, CnyAmount creditedCny, String completionRate,
                         boolean completed, CnyAmount rewardCny, int staff, int dedicatedStaff, boolean staffingMet) {
}
