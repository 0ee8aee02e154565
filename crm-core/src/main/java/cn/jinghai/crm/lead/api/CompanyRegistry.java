package cn.jinghai.crm.lead.api;

import cn.jinghai.crm.common.api.CreditCode;

import java.util.Optional;

/**
 * The command side's lookup for 首报首谈: which unit keeps a company, judged by its active (not
 * dropped) leads with the same credit code or the same normalised name. Kept in the event-store
 * database in the same transaction as the lead events.
 */
public interface CompanyRegistry {

    /**
     * The unit owning the company, other than through lead {@code exceptLead} (null for none);
     * empty when no active lead of that company belongs to any unit.
     */
    Optional<String> owningUnit(CreditCode creditCode, String companyName, LeadId exceptLead);
}
