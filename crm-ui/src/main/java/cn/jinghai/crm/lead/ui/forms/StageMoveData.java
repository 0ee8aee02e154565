package cn.jinghai.crm.lead.ui.forms;

import cn.jinghai.crm.common.api.CnyAmount;
import cn.jinghai.crm.lead.api.Stage;

import java.time.LocalDate;

/** A stage move as the dialog collected it; the domain decides which extras the move needs. */
public record StageMoveData(Stage stage, LocalDate date, String reason, CnyAmount contractedCny, LocalDate reviewDate) {
}
