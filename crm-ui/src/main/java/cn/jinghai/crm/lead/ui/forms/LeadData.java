package cn.jinghai.crm.lead.ui.forms;

import cn.jinghai.crm.common.api.CnyAmount;
import cn.jinghai.crm.lead.api.CapitalOrigin;
import cn.jinghai.crm.lead.api.Channel;
import cn.jinghai.crm.lead.api.Contact;

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
}
