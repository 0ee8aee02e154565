package cn.jinghai.crm.lead.readmodel.pipeline;

/** The pipeline of the whole district, or of one unit ({@code unit}); a park team always gets its own unit's. */
public record FindPipelineQuery(String unit) {
}
