package cn.jinghai.crm.lead.api;

import cn.jinghai.crm.common.api.CnyAmount;
import cn.jinghai.crm.common.api.CreditCode;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * A lead was registered. {@code registeredOn} is the business date (China Standard Time) of the
 * registration; the owning unit from then on is {@code unitCode}. A lead from an ambassador's
 * referral names the referral and the ambassador credited with it (otherwise both are null).
 */
@Revision("1")
public record LeadRegisteredEvent(
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
        String unitCode,
        LocalDate registeredOn,
        String referralId,
        String referredBy) {

    /** A lead that did not come from a referral. */
    public LeadRegisteredEvent(LeadId leadId, String companyName, CreditCode creditCode, String projectName,
                               String industryChain, Channel channel, CapitalOrigin capitalOrigin,
                               CnyAmount plannedInvestmentCny, boolean beijing, boolean highTech, boolean keyProject,
                               String unitCode, LocalDate registeredOn) {
        this(leadId, companyName, creditCode, projectName, industryChain, channel, capitalOrigin, plannedInvestmentCny,
                beijing, highTech, keyProject, unitCode, registeredOn, null, null);
    }
}
