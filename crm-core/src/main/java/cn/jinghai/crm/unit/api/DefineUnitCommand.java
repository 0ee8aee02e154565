package cn.jinghai.crm.unit.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Creates a unit, or changes its name, kind or staffing (PUT /api/units/{code}). */
public record DefineUnitCommand(@TargetAggregateIdentifier String code, String name, UnitKind kind,
                                Integer staff, Integer dedicatedStaff) {
}
