package cn.jinghai.crm.ambassador.web;

import cn.jinghai.crm.ambassador.api.AmbassadorDirectory;
import cn.jinghai.crm.common.Checks;
import cn.jinghai.crm.common.api.DomainException;
import cn.jinghai.crm.platform.projection.Projections;
import cn.jinghai.crm.figures.readmodel.FigureLedgerProjection;
import cn.jinghai.crm.figures.readmodel.FindAmbassadorStandingQuery;
import cn.jinghai.crm.figures.readmodel.StandingView;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * An ambassador's standing for a year (API.md): verified funds of their referred leads, the proposed
 * reward (a configurable share, {@code crm.ambassador.reward-share}, default 0.5%, capped at 500万元),
 * and the approved rewards.
 */
@RestController
public class StandingController {

    private final QueryGateway queries;
    private final AmbassadorDirectory ambassadors;
    private final Projections projections;

    public StandingController(QueryGateway queries, AmbassadorDirectory ambassadors, Projections projections) {
        this.queries = queries;
        this.ambassadors = ambassadors;
        this.projections = projections;
    }

    @GetMapping("/api/ambassadors/{username}/standing")
    public StandingView standing(@PathVariable String username, @RequestParam int year) {
        Checks.year("year", year);
        projections.requireReady(FigureLedgerProjection.PROCESSING_GROUP);
        StandingView standing = queries.query(new FindAmbassadorStandingQuery(username, year, null), StandingView.class).join();
        if (!ambassadors.isAmbassador(username)) {
            throw DomainException.notFound("error.ambassador.notFound");
        }
        return standing;
    }
}
