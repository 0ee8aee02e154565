package cn.jinghai.crm.lead.application;

import cn.jinghai.crm.common.api.CnyAmount;
import cn.jinghai.crm.lead.api.CapitalOrigin;
import cn.jinghai.crm.lead.api.Channel;

/** A lead to register: the body of {@code POST /api/leads} (API.md) and the register dialog's result. */
public record NewLead(
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
