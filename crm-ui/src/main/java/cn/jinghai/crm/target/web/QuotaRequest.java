package cn.jinghai.crm.target.web;

import cn.jinghai.crm.common.api.CnyAmount;

/** Body of {@code PUT /api/years/{year}/quotas/{unitCode}} (API.md). */
public record QuotaRequest(CnyAmount quotaCny) {
}
