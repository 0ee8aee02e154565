package cn.jinghai.crm.web.unit;

import cn.jinghai.crm.unit.api.UnitKind;

/** Body of {@code PUT /api/units/{code}} (API.md). */
public record UnitRequest(String name, UnitKind kind, Integer staff, Integer dedicatedStaff) {
}
