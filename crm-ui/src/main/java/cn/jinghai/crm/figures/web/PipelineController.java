package cn.jinghai.crm.figures.web;

import cn.jinghai.crm.figures.application.FiguresService;
import cn.jinghai.crm.lead.readmodel.pipeline.PipelineView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The pipeline ({@code GET /api/pipeline[?unit=]}): the district's, or one unit's; a park team always
 * sees its own unit's.
 */
@RestController
public class PipelineController {

    private final FiguresService figures;

    public PipelineController(FiguresService figures) {
        this.figures = figures;
    }

    @GetMapping("/api/pipeline")
    public PipelineView pipeline(@RequestParam(required = false) String unit) {
        return figures.pipeline(unit);
    }
}
