package cn.jinghai.crm.lead.web;

import cn.jinghai.crm.platform.projection.Projections;
import cn.jinghai.crm.lead.readmodel.pipeline.FindPipelineQuery;
import cn.jinghai.crm.lead.readmodel.pipeline.PipelineProjection;
import cn.jinghai.crm.lead.readmodel.pipeline.PipelineView;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The pipeline ({@code GET /api/pipeline[?unit=]}): the district's, or one unit's; a park team always
 * sees its own unit's.
 */
@RestController
public class PipelineController {

    private final QueryGateway queries;
    private final Projections projections;

    public PipelineController(QueryGateway queries, Projections projections) {
        this.queries = queries;
        this.projections = projections;
    }

    @GetMapping("/api/pipeline")
    public PipelineView pipeline(@RequestParam(required = false) String unit) {
        projections.requireReady(PipelineProjection.PROCESSING_GROUP);
        return queries.query(new FindPipelineQuery(unit == null || unit.isBlank() ? null : unit), PipelineView.class).join();
    }
}
