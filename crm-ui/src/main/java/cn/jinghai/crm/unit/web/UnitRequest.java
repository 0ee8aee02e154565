package cn.jinghai.crm.unit.web;

import cn.jinghai.crm.unit.api.UnitKind;

/** Body of {@code PUT /api/units/{code}} (API.md). */
public record UnitRequest(String name, UnitKind kind, Integer staff, Integer dedicatedStaff) {
}
