package cn.jinghai.crm.lead.readmodel.list;

import cn.jinghai.crm.lead.api.Contact;

/**
 * A lead as exported: its list fields plus its contacts, whose phones are masked unless the asker
 * works the lead (its unit's park team, the district office).
 */
public record LeadExportRow(LeadSummary lead, java.util.List<Contact> contacts) {
}
