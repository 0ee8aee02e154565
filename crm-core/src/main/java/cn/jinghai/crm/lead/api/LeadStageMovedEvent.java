package cn.jinghai.crm.lead.api;

import cn.jinghai.crm.common.api.CnyAmount;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * A lead moved from one stage to another on {@code date} (a business date). {@code contractedCny}
 * is set for moves to SIGNED, {@code reviewDate} for ON_HOLD, {@code reason} where the move needed one.
 */
@Revision("1")
public record LeadStageMovedEvent(
        LeadId leadId,
        Stage from,
        Stage to,
        LocalDate date,
        String reason,
        CnyAmount contractedCny,
        LocalDate reviewDate) {
}
