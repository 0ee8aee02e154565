package cn.jinghai.crm.lead.readmodel.pipeline;

import cn.jinghai.crm.common.api.CnyAmount;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The pipeline of a scope (the district, or one unit): leads with planned and contracted amounts by
 * stage, unit, chain and channel; the funnel (leads that ever reached each main-line stage); the
 * average days spent in each stage left; stalled key projects and overdue next steps.
 */
public record PipelineView(Map<String, Bucket> byStage, Map<String, Bucket> byUnit, Map<String, Bucket> byChain,
                           Map<String, Bucket> byChannel, Map<String, Long> funnel,
                           Map<String, BigDecimal> averageDaysInStage, List<StalledLead> stalledKeyProjects,
                           List<OverdueStep> overdueNextSteps) {

    public record Bucket(long count, CnyAmount plannedCny, CnyAmount contractedCny) {
    }

    /** A key project with no activity for 30 days or more. */
    public record StalledLead(String leadId, String companyName, String projectName, String unitCode,
                              LocalDate lastActivity, long daysWithoutActivity) {
    }

    /** A next step whose date has passed. */
    public record OverdueStep(String leadId, String companyName, String unitCode, String nextStep, LocalDate nextStepDate,
                              long daysOverdue) {
    }
}
