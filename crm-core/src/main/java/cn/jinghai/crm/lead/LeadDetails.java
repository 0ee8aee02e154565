package cn.jinghai.crm.lead;

import cn.jinghai.crm.common.Checks;
import cn.jinghai.crm.common.api.CnyAmount;
import cn.jinghai.crm.common.api.CompanyNames;
import cn.jinghai.crm.common.api.CreditCode;
import cn.jinghai.crm.common.api.DomainException;
import cn.jinghai.crm.lead.api.CapitalOrigin;
import cn.jinghai.crm.lead.api.Channel;
import cn.jinghai.crm.lead.api.Contact;
import cn.jinghai.crm.lead.api.LeadDetailsChangedEvent;
import cn.jinghai.crm.lead.api.LeadId;
import cn.jinghai.crm.lead.api.LeadRegisteredEvent;
import cn.jinghai.crm.lead.api.UpdateLeadDetailsCommand;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/** A lead's descriptive fields, validated as a whole; the aggregate keeps one and replaces it on change. */
record LeadDetails(
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

    static final int NAME_MAX = 200;
    static final int CONTACTS_MAX = 20;
    static final int PERSON_MAX = 50;
    private static final Pattern PHONE = Pattern.compile("[0-9+\\-() ]{3,30}");

    /** Checks every field and answers the details in their stored form (trimmed texts). */
    static LeadDetails validated(String companyName, CreditCode creditCode, String projectName, String industryChain,
                                 Channel channel, CapitalOrigin capitalOrigin, CnyAmount plannedInvestmentCny,
                                 Boolean beijing, Boolean highTech, Boolean keyProject, List<Contact> contacts,
                                 String responsibleLeader) {
        boolean key = Checks.required("keyProject", keyProject);
        String leader = Checks.optionalText("responsibleLeader", responsibleLeader, PERSON_MAX);
        if (leader != null && !key) {
            throw DomainException.invalid("responsibleLeader", "error.lead.leaderOnlyForKeyProjects");
        }
        return new LeadDetails(
                Checks.text("companyName", companyName, NAME_MAX),
                creditCode,
                Checks.text("projectName", projectName, NAME_MAX),
                Checks.code("industryChain", industryChain),
                Checks.required("channel", channel),
                Checks.required("capitalOrigin", capitalOrigin),
                Checks.positive("plannedInvestmentCny", plannedInvestmentCny),
                Checks.required("beijing", beijing),
                Checks.required("highTech", highTech),
                key,
                validContacts(contacts),
                leader);
    }

    /** These details with the fields a PATCH names replaced, validated again as a whole. */
    LeadDetails patched(UpdateLeadDetailsCommand c) {
        var given = c.fieldsGiven();
        return validated(
                given.contains("companyName") ? c.companyName() : companyName,
                given.contains("creditCode") ? c.creditCode() : creditCode,
                given.contains("projectName") ? c.projectName() : projectName,
                given.contains("industryChain") ? c.industryChain() : industryChain,
                given.contains("channel") ? c.channel() : channel,
                given.contains("capitalOrigin") ? c.capitalOrigin() : capitalOrigin,
                given.contains("plannedInvestmentCny") ? c.plannedInvestmentCny() : plannedInvestmentCny,
                given.contains("beijing") ? c.beijing() : beijing,
                given.contains("highTech") ? c.highTech() : highTech,
                given.contains("keyProject") ? c.keyProject() : keyProject,
                given.contains("contacts") ? c.contacts() : contacts,
                given.contains("responsibleLeader") ? c.responsibleLeader()
                        : (given.contains("keyProject") && Boolean.FALSE.equals(c.keyProject()) ? null : responsibleLeader));
    }

    /** Whether these details name another company than {@code other} (by credit code or normalised name). */
    boolean otherCompanyThan(LeadDetails other) {
        return !Objects.equals(creditCode, other.creditCode)
                || !CompanyNames.normalise(companyName).equals(CompanyNames.normalise(other.companyName));
    }

    static LeadDetails of(LeadRegisteredEvent e) {
        return new LeadDetails(e.companyName(), e.creditCode(), e.projectName(), e.industryChain(), e.channel(),
                e.capitalOrigin(), e.plannedInvestmentCny(), e.beijing(), e.highTech(), e.keyProject(), List.of(), null);
    }

    static LeadDetails of(LeadDetailsChangedEvent e) {
        return new LeadDetails(e.companyName(), e.creditCode(), e.projectName(), e.industryChain(), e.channel(),
                e.capitalOrigin(), e.plannedInvestmentCny(), e.beijing(), e.highTech(), e.keyProject(),
                e.contacts() == null ? List.of() : e.contacts(), e.responsibleLeader());
    }

    LeadDetailsChangedEvent changedEvent(LeadId leadId) {
        return new LeadDetailsChangedEvent(leadId, companyName, creditCode, projectName, industryChain, channel,
                capitalOrigin, plannedInvestmentCny, beijing, highTech, keyProject, contacts, responsibleLeader);
    }

    private static List<Contact> validContacts(List<Contact> contacts) {
        if (contacts == null) {
            return List.of();
        }
        if (contacts.size() > CONTACTS_MAX) {
            throw DomainException.invalid("contacts", "error.lead.contacts.tooMany", CONTACTS_MAX);
        }
        List<Contact> result = new ArrayList<>();
        for (int i = 0; i < contacts.size(); i++) {
            Contact contact = contacts.get(i);
            String prefix = "contacts[" + i + "].";
            if (contact == null) {
                throw DomainException.invalid("contacts[" + i + "]", "error.required");
            }
            String name = Checks.text(prefix + "name", contact.name(), PERSON_MAX);
            String title = Checks.optionalText(prefix + "title", contact.title(), PERSON_MAX);
            String phone = Checks.optionalText(prefix + "phone", contact.phone(), 30);
            if (phone != null && !PHONE.matcher(phone).matches()) {
                throw DomainException.invalid(prefix + "phone", "error.lead.phone");
            }
            result.add(new Contact(name, title, phone));
        }
        return List.copyOf(result);
    }
}
