package cn.jinghai.crm.lead.web;

import cn.jinghai.crm.common.api.CnyAmount;
import cn.jinghai.crm.lead.api.Stage;

import java.time.LocalDate;

/** Body of {@code POST /api/leads/{id}/stage} (API.md). */
public record MoveStageRequest(Stage stage, LocalDate date, String reason, CnyAmount contractedCny,
                               LocalDate reviewDate) {
}
