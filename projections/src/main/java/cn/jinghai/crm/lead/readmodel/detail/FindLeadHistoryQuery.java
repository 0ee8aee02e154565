package cn.jinghai.crm.lead.readmodel.detail;

import cn.jinghai.crm.lead.api.LeadId;

/** Every event of one lead, oldest first, if the asking actor may see it. */
public record FindLeadHistoryQuery(LeadId leadId) {
}
