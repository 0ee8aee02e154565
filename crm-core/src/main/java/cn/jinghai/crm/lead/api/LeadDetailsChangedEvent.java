package cn.jinghai.crm.lead.api;

import cn.jinghai.crm.common.api.CnyAmount;
import cn.jinghai.crm.common.api.CreditCode;
import org.axonframework.serialization.Revision;

import java.util.List;

/** A lead's details after a change: every detail field with its value from now on. */
@Revision("1")
public record LeadDetailsChangedEvent(
        LeadId leadId,
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
        List<Contact> contacts,
        String responsibleLeader) {
}
