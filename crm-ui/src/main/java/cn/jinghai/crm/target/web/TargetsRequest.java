package cn.jinghai.crm.target.web;

import cn.jinghai.crm.common.api.CnyAmount;

/** Body of {@code PUT /api/years/{year}/targets} (API.md). */
public record TargetsRequest(CnyAmount externalCapitalCny, CnyAmount sixParksCny, Integer beijingProjects) {
}
