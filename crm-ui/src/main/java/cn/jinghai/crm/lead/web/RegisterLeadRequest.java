package cn.jinghai.crm.lead.web;

import cn.jinghai.crm.common.api.CnyAmount;
import cn.jinghai.crm.lead.api.CapitalOrigin;
import cn.jinghai.crm.lead.api.Channel;

/** Body of {@code POST /api/leads} (API.md). */
public record RegisterLeadRequest(
        String companyName,
        String creditCode,
        String projectName,
        String industryChain,
        Channel channel,
        CapitalOrigin capitalOrigin,
        CnyAmount plannedInvestmentCny,
        Boolean beijing,
        Boolean highTech,
        Boolean keyProject,
        String unitCode) {
}
