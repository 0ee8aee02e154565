package cn.jinghai.crm.lead.application;

import cn.jinghai.crm.lead.api.ActivityType;

import java.time.LocalDate;

/** A follow-up to record on a lead: the body of {@code POST /api/leads/{id}/activities} and the activity dialog's result. */
public record NewActivity(ActivityType type, LocalDate date, String notes, String participants, String nextStep,
                          LocalDate nextStepDate) {
}
