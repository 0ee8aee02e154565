package cn.jinghai.crm.lead.readmodel.detail;

import cn.jinghai.crm.lead.api.LeadId;

/** The current state of one lead, if the asking actor may see it. */
public record FindLeadQuery(LeadId leadId) {
}
