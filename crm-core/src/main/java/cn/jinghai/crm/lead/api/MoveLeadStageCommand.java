package cn.jinghai.crm.lead.api;

import cn.jinghai.crm.common.api.CnyAmount;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Moves a lead to another stage on {@code date}. {@code expectedVersion} (from {@code If-Match}) is
 * optional; when given and stale, the command is refused and nothing is recorded.
 */
public record MoveLeadStageCommand(
        @TargetAggregateIdentifier LeadId leadId,
        Long expectedVersion,
        Stage stage,
        LocalDate date,
        String reason,
        CnyAmount contractedCny,
        LocalDate reviewDate) {
}
