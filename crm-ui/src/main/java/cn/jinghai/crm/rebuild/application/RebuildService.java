package cn.jinghai.crm.rebuild.application;

import cn.jinghai.crm.platform.projection.ProjectionStatus;
import cn.jinghai.crm.platform.projection.Projections;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;

import java.util.List;

/**
 * Read models' progress, and rebuilding one or all of them from the events while the application runs
 * (district office only), for the API and the rebuild page alike.
 */
@Service
public class RebuildService {

    private final Projections projections;

    public RebuildService(Projections projections) {
        this.projections = projections;
    }

    @RolesAllowed("DISTRICT_OFFICE")
    public List<ProjectionStatus> status() {
        return projections.status();
    }

    /** Rebuilds one read model, or all for {@code null}; returns the names rebuilt. */
    @RolesAllowed("DISTRICT_OFFICE")
    public List<String> rebuild(String name) {
        return projections.rebuild(name);
    }
}
