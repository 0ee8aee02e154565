package cn.jinghai.crm.unit.application;

import cn.jinghai.crm.unit.api.UnitKind;

/** A unit as the district office defines it (the body of {@code PUT /api/units/{code}}). */
public record UnitDetails(String name, UnitKind kind, Integer staff, Integer dedicatedStaff) {
}
