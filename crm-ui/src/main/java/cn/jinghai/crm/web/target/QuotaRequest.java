package cn.jinghai.crm.web.target;

import cn.jinghai.crm.common.api.CnyAmount;

/** Body of {@code PUT /api/years/{year}/quotas/{unitCode}} (API.md). */
public record QuotaRequest(CnyAmount quotaCny) {
}
