package cn.jinghai.crm.lead.api;

import org.axonframework.serialization.Revision;

/** A verified tranche was reversed: it stops counting from now on; its history keeps both events. */
@Revision("1")
public record TrancheReversedEvent(LeadId leadId, String trancheId, String reason) {
}
