package cn.jinghai.crm.projections.leaddetail;

import cn.jinghai.crm.lead.api.LeadId;

/** The current state of one lead, if the asking actor may see it. */
public record FindLeadQuery(LeadId leadId) {
}
