package cn.jinghai.crm.lead.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Records a follow-up on a lead, with an optional next step and its date. */
public record RecordActivityCommand(
        @TargetAggregateIdentifier LeadId leadId,
        Long expectedVersion,
        String activityId,
        ActivityType type,
        LocalDate date,
        String notes,
        String participants,
        String nextStep,
        LocalDate nextStepDate) {
}
