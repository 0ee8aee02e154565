package cn.jinghai.crm.unit.api;

import org.axonframework.serialization.Revision;

/** A unit's name, kind or staffing changed; the earlier values stay in its earlier events. */
@Revision("1")
public record UnitChangedEvent(String code, String name, UnitKind kind, int staff, int dedicatedStaff) {
}
