package cn.jinghai.crm.lead.api;

import cn.jinghai.crm.common.api.CnyAmount;
import cn.jinghai.crm.common.api.CreditCode;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/**
 * Changes a lead's details (PATCH /api/leads/{id}). Each field is the new value or, when
 * {@code fieldsGiven} does not name it, left as it is; {@code creditCode} and
 * {@code responsibleLeader} may be cleared by naming them with a null value.
 */
public record UpdateLeadDetailsCommand(
        @TargetAggregateIdentifier LeadId leadId,
        Long expectedVersion,
        java.util.Set<String> fieldsGiven,
        String companyName,
        CreditCode creditCode,
        String projectName,
        String industryChain,
        Channel channel,
        CapitalOrigin capitalOrigin,
        CnyAmount plannedInvestmentCny,
        Boolean beijing,
        Boolean highTech,
        Boolean keyProject,
        List<Contact> contacts,
        String responsibleLeader) {
}
