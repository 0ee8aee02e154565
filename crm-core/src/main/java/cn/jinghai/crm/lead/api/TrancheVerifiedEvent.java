package cn.jinghai.crm.lead.api;

import org.axonframework.serialization.Revision;

/** A reported tranche was verified by the district office and counts from now on. */
@Revision("1")
public record TrancheVerifiedEvent(LeadId leadId, String trancheId) {
}
