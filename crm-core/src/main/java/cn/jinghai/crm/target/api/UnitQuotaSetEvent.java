package cn.jinghai.crm.target.api;

import cn.jinghai.crm.common.api.CnyAmount;
import org.axonframework.serialization.Revision;

/** A unit's quota for a year was set; a later event for the same unit and year replaces it. */
@Revision("1")
public record UnitQuotaSetEvent(int year, String unitCode, CnyAmount quotaCny) {
}
