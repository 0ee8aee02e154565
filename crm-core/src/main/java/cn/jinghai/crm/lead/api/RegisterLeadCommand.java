package cn.jinghai.crm.lead.api;

import cn.jinghai.crm.common.api.CnyAmount;
import cn.jinghai.crm.common.api.CreditCode;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Registers a new lead for a unit; the actor comes with the message's metadata. */
public record RegisterLeadCommand(
        @TargetAggregateIdentifier LeadId leadId,
        String companyName,
        CreditCode creditCode,
        String projectName,
        String industryChain,
        Channel channel,
        CapitalOrigin capitalOrigin,
        CnyAmount plannedInvestmentCny,
        boolean beijing,
        boolean highTech,
        boolean keyProject,
        String unitCode) {
}
