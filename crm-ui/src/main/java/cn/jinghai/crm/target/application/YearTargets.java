package cn.jinghai.crm.target.application;

import cn.jinghai.crm.common.api.CnyAmount;

/** A year's three targets as the district office sets them (the body of {@code PUT /api/years/{year}/targets}). */
public record YearTargets(CnyAmount externalCapitalCny, CnyAmount sixParksCny, Integer beijingProjects) {
}
