package cn.jinghai.crm.lead.readmodel.list;

import cn.jinghai.crm.lead.api.CapitalOrigin;
import cn.jinghai.crm.lead.api.Channel;
import cn.jinghai.crm.lead.api.Stage;

import java.time.LocalDate;

/** One row of the lead list. Amounts are decimal strings in yuan, as in the API. */
public record LeadSummary(
        String id,
        String companyName,
        String creditCode,
        String projectName,
        String industryChain,
        Channel channel,
        CapitalOrigin capitalOrigin,
        String plannedInvestmentCny,
        boolean beijing,
        boolean highTech,
        boolean keyProject,
        String unitCode,
        Stage stage,
        LocalDate stageDate,
        String contractedCny,
        LocalDate registeredOn,
        LocalDate lastActivityDate,
        long version) {
}
