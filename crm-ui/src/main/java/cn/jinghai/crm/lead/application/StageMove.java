package cn.jinghai.crm.lead.application;

import cn.jinghai.crm.common.api.CnyAmount;
import cn.jinghai.crm.lead.api.Stage;

import java.time.LocalDate;

/**
 * A stage move as asked (the body of {@code POST /api/leads/{id}/stage} and the stage dialog's result);
 * the domain decides which extras the move needs.
 */
public record StageMove(Stage stage, LocalDate date, String reason, CnyAmount contractedCny, LocalDate reviewDate) {
}
