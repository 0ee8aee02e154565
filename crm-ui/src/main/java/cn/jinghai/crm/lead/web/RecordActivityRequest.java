package cn.jinghai.crm.lead.web;

import cn.jinghai.crm.lead.api.ActivityType;

import java.time.LocalDate;

/** Body of {@code POST /api/leads/{id}/activities} (API.md). */
public record RecordActivityRequest(ActivityType type, LocalDate date, String notes, String participants,
                                    String nextStep, LocalDate nextStepDate) {
}
