package cn.jinghai.crm.lead.api;

import cn.jinghai.crm.common.api.CnyAmount;
import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Funds were reported as arrived on {@code arrivalDate}: the amount in its currency, the rate used
 * and the CNY amount fixed at recording ({@code amountCny}), the origin that decides which targets
 * it counts toward, the evidence, and who reported it (who may therefore not verify it).
 */
@Revision("1")
public record TrancheReportedEvent(LeadId leadId, String trancheId, BigDecimal amount, String currency,
                                   BigDecimal rateToCny, CnyAmount amountCny, CapitalOrigin origin, LocalDate arrivalDate,
                                   String evidence, String reportedBy) {
}
