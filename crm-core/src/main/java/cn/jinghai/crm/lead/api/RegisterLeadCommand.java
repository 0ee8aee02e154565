package cn.jinghai.crm.lead.api;

import cn.jinghai.crm.common.api.CnyAmount;
import cn.jinghai.crm.common.api.CreditCode;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Registers a new lead for a unit; the actor comes with the message's metadata. {@code referralId}
 * and {@code referredBy} link a lead of channel AMBASSADOR_REFERRAL to the accepted referral and its
 * ambassador; they are null for every other lead.
 */
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
        String unitCode,
        String referralId,
        String referredBy) {

    /** A lead that did not come from a referral. */
    public RegisterLeadCommand(LeadId leadId, String companyName, CreditCode creditCode, String projectName,
                               String industryChain, Channel channel, CapitalOrigin capitalOrigin,
                               CnyAmount plannedInvestmentCny, boolean beijing, boolean highTech, boolean keyProject,
                               String unitCode) {
        this(leadId, companyName, creditCode, projectName, industryChain, channel, capitalOrigin, plannedInvestmentCny,
                beijing, highTech, keyProject, unitCode, null, null);
    }
}
