package cn.jinghai.crm.lead.readmodel.pipeline;

import cn.jinghai.crm.projections.support.ReadModelQuery;

/** The pipeline of the whole district, or of one unit ({@code unit}); a park team always gets its own unit's. */
public record FindPipelineQuery(String unit) implements ReadModelQuery {

    @Override
    public String readModel() {
        return PipelineProjection.PROCESSING_GROUP;
    }
}
