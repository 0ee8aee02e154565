package cn.jinghai.crm.unit.api;

import org.axonframework.serialization.Revision;

/** A unit was created with its name, kind and staffing (staff, and of them dedicated to investment work). */
@Revision("1")
public record UnitDefinedEvent(String code, String name, UnitKind kind, int staff, int dedicatedStaff) {
}
