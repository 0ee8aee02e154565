package cn.jinghai.crm.web.lead;

import cn.jinghai.crm.projections.pipeline.FindPipelineQuery;
import cn.jinghai.crm.projections.pipeline.PipelineView;
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

    public PipelineController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/api/pipeline")
    public PipelineView pipeline(@RequestParam(required = false) String unit) {
        return queries.query(new FindPipelineQuery(unit == null || unit.isBlank() ? null : unit), PipelineView.class).join();
    }
}
