package cn.jinghai.crm.lead.readmodel.detail;

import cn.jinghai.crm.common.api.CnyAmount;
import cn.jinghai.crm.lead.api.CapitalOrigin;
import cn.jinghai.crm.lead.api.TrancheStatus;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A funding tranche of a lead as its page shows it. */
public record TrancheView(String trancheId, BigDecimal amount, String currency, BigDecimal rateToCny,
                          CnyAmount amountCny, CapitalOrigin origin, LocalDate arrivalDate, String evidence,
                          TrancheStatus status, String reportedBy, Instant reportedAt, String statusReason) {

    TrancheView withStatus(TrancheStatus next, String reason) {
        return new TrancheView(trancheId, amount, currency, rateToCny, amountCny, origin, arrivalDate, evidence, next,
                reportedBy, reportedAt, reason);
    }
}
