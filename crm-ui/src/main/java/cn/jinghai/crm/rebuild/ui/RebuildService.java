package cn.jinghai.crm.rebuild.ui;

import cn.jinghai.crm.platform.projection.ProjectionStatus;
import cn.jinghai.crm.platform.projection.Projections;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;

import java.util.List;

/** Read-model status and rebuild, as {@code RebuildController} offers them (district office only). */
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
