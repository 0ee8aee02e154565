package cn.jinghai.crm.unit.readmodel;

import cn.jinghai.crm.unit.api.UnitKind;

/** A unit as {@code GET /api/units} shows it. */
public record UnitView(String code, String name, UnitKind kind, int staff, int dedicatedStaff) {
}
