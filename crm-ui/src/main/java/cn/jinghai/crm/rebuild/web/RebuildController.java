package cn.jinghai.crm.rebuild.web;

import cn.jinghai.crm.platform.projection.ProjectionStatus;
import cn.jinghai.crm.rebuild.application.RebuildService;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

/**
 * Rebuilding read models from the events while the application runs (district office):
 * {@code POST /api/admin/projections/rebuild[?name=]} starts it, {@code GET /api/admin/projections}
 * reports each read model's progress.
 */
@RestController
@RequestMapping("/api/admin/projections")
@RolesAllowed("DISTRICT_OFFICE")
public class RebuildController {

    private final RebuildService rebuilds;

    public RebuildController(RebuildService rebuilds) {
        this.rebuilds = rebuilds;
    }

    @GetMapping
    public List<ProjectionStatus> status() {
        return rebuilds.status();
    }

    @PostMapping("/rebuild")
    public ResponseEntity<Map<String, Object>> rebuild(@RequestParam(required = false) String name) {
        List<String> started = rebuilds.rebuild(name == null || name.isBlank() ? null : name);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("rebuilding", started));
    }
}
