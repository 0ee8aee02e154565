package cn.jinghai.crm.target.api;

import cn.jinghai.crm.common.api.CnyAmount;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sets a year's three targets (PUT /api/years/{year}/targets). */
public record SetYearTargetsCommand(@TargetAggregateIdentifier int year, CnyAmount externalCapitalCny,
                                    CnyAmount sixParksCny, Integer beijingProjects) {
}
