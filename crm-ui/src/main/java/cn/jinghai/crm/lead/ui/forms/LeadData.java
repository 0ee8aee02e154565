package cn.jinghai.crm.lead.ui.forms;

import cn.jinghai.crm.common.api.CnyAmount;
import cn.jinghai.crm.lead.api.CapitalOrigin;
import cn.jinghai.crm.lead.api.Channel;
import cn.jinghai.crm.lead.api.Contact;
import cn.jinghai.crm.lead.application.LeadChanges;
import cn.jinghai.crm.lead.application.NewLead;

import java.util.List;
import java.util.Set;

/**
 * What the register and edit dialogs collect. {@code fieldsGiven} names the fields an edit changes
 * (the PATCH semantics of {@code UpdateLeadDetailsCommand}); a registration gives them all.
 */
public record LeadData(String companyName, String creditCode, String projectName, String industryChain,
                       Channel channel, CapitalOrigin capitalOrigin, CnyAmount plannedInvestmentCny,
                       boolean beijing, boolean highTech, boolean keyProject, String unitCode,
                       List<Contact> contacts, String responsibleLeader, Set<String> fieldsGiven) {

    /** The lead to register, as the register dialog filled it in. */
    public NewLead toNewLead() {
        return new NewLead(companyName, creditCode, projectName, industryChain, channel, capitalOrigin,
                plannedInvestmentCny, beijing, highTech, keyProject, unitCode);
    }

    /** The changes the edit dialog made: only {@code fieldsGiven} change. */
    public LeadChanges toChanges() {
        return new LeadChanges(fieldsGiven, companyName, creditCode, projectName, industryChain, channel, capitalOrigin,
                plannedInvestmentCny, beijing, highTech, keyProject, contacts, responsibleLeader);
    }
}
