package cn.jinghai.crm.lead.api;

import cn.jinghai.crm.common.api.ForeignAmount;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Reports funds arrived for a lead (资金到位), to be verified by the district office. */
public record ReportTrancheCommand(@TargetAggregateIdentifier LeadId leadId, Long expectedVersion, String trancheId, ForeignAmount amount,
                                   CapitalOrigin origin, LocalDate arrivalDate, String evidence) {
}
