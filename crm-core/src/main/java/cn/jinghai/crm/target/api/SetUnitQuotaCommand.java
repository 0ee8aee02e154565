package cn.jinghai.crm.target.api;

import cn.jinghai.crm.common.api.CnyAmount;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sets a unit's quota (考核任务) for a year (PUT /api/years/{year}/quotas/{unitCode}). */
public record SetUnitQuotaCommand(@TargetAggregateIdentifier int year, String unitCode, CnyAmount quotaCny) {
}
