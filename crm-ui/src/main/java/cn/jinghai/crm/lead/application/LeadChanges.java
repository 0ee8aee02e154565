package cn.jinghai.crm.lead.application;

import cn.jinghai.crm.common.api.CnyAmount;
import cn.jinghai.crm.lead.api.CapitalOrigin;
import cn.jinghai.crm.lead.api.Channel;
import cn.jinghai.crm.lead.api.Contact;

import java.util.List;
import java.util.Set;

/**
 * Changes to a lead's registration, contacts and 包保领导: only the fields named in {@code given} change
 * (PATCH semantics: a given field that is null clears it, where that is allowed). The API reads them
 * from a PATCH body, the edit dialog from its form.
 */
public record LeadChanges(Set<String> given, String companyName, String creditCode, String projectName,
                          String industryChain, Channel channel, CapitalOrigin capitalOrigin,
                          CnyAmount plannedInvestmentCny, Boolean beijing, Boolean highTech, Boolean keyProject,
                          List<Contact> contacts, String responsibleLeader) {

    /** The fields a lead's registration, contacts and 包保领导 consist of. */
    public static final Set<String> FIELDS = Set.of("companyName", "creditCode", "projectName", "industryChain",
            "channel", "capitalOrigin", "plannedInvestmentCny", "beijing", "highTech", "keyProject", "contacts",
            "responsibleLeader");

    public LeadChanges {
        given = given == null ? Set.of() : Set.copyOf(given);
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
    }
}
