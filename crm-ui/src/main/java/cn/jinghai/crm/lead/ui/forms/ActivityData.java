package cn.jinghai.crm.lead.ui.forms;

import cn.jinghai.crm.lead.api.ActivityType;

import java.time.LocalDate;

/** A follow-up as the activity dialog collected it. */
public record ActivityData(ActivityType type, LocalDate date, String notes, String participants, String nextStep,
                           LocalDate nextStepDate) {
}
