package cn.jinghai.crm.lead.api;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A follow-up on a lead happened on {@code date}; the next step, if any, is due on {@code nextStepDate}. */
@Revision("1")
public record ActivityRecordedEvent(
        LeadId leadId,
        String activityId,
        ActivityType type,
        LocalDate date,
        String notes,
        String participants,
        String nextStep,
        LocalDate nextStepDate) {
}
