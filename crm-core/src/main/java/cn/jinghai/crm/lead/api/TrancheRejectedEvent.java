package cn.jinghai.crm.lead.api;

import org.axonframework.serialization.Revision;

/** A reported tranche was rejected; it never counts. */
@Revision("1")
public record TrancheRejectedEvent(LeadId leadId, String trancheId, String reason) {
}
