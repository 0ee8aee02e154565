package cn.jinghai.crm.figures.ui;

import cn.jinghai.crm.platform.projection.Projections;
import cn.jinghai.crm.figures.readmodel.BeijingProjectView;
import cn.jinghai.crm.figures.readmodel.BreakdownView;
import cn.jinghai.crm.figures.readmodel.ContributionView;
import cn.jinghai.crm.figures.readmodel.FigureLedgerProjection;
import cn.jinghai.crm.figures.readmodel.FindBeijingProjectsQuery;
import cn.jinghai.crm.figures.readmodel.FindBreakdownQuery;
import cn.jinghai.crm.figures.readmodel.FindContributionsQuery;
import cn.jinghai.crm.figures.readmodel.FindProgressQuery;
import cn.jinghai.crm.figures.readmodel.FindRankingQuery;
import cn.jinghai.crm.figures.readmodel.FindRestatementQuery;
import cn.jinghai.crm.figures.readmodel.ProgressView;
import cn.jinghai.crm.figures.readmodel.RankingRow;
import cn.jinghai.crm.figures.readmodel.RestatementView;
import cn.jinghai.crm.lead.readmodel.pipeline.FindPipelineQuery;
import cn.jinghai.crm.lead.readmodel.pipeline.PipelineProjection;
import cn.jinghai.crm.lead.readmodel.pipeline.PipelineView;
import cn.jinghai.crm.unit.readmodel.ChainView;
import cn.jinghai.crm.unit.readmodel.FindIndustryChainsQuery;
import cn.jinghai.crm.unit.readmodel.FindUnitsQuery;
import cn.jinghai.crm.unit.readmodel.UnitView;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the dashboard reads: the same queries as the figures and pipeline endpoints, with the same
 * checks (the signed-in user travels with each query; figures refuse while they are being rebuilt).
 */
@Service
public class DashboardService {

    /** The earliest year the dashboard looks back to when choosing the year to open on. */
    static final int FIRST_YEAR = 2015;

    private final QueryGateway queries;
    private final Projections projections;

    public DashboardService(QueryGateway queries, Projections projections) {
        this.queries = queries;
        this.projections = projections;
    }

    /** One consistent read of everything the dashboard shows for a year, now or as of an instant. */
    public record Snapshot(ProgressView progress, List<RankingRow> ranking, BreakdownView breakdown) {
    }

    public Snapshot figures(int year, Instant asOf) {
        projections.requireReady(FigureLedgerProjection.PROCESSING_GROUP);
        ProgressView progress = queries.query(new FindProgressQuery(year, asOf), ProgressView.class).join();
        List<RankingRow> ranking = queries.query(new FindRankingQuery(year, asOf),
                ResponseTypes.multipleInstancesOf(RankingRow.class)).join();
        BreakdownView breakdown = queries.query(new FindBreakdownQuery(year, asOf), BreakdownView.class).join();
        return new Snapshot(progress, ranking, breakdown);
    }

    public PipelineView pipeline() {
        projections.requireReady(PipelineProjection.PROCESSING_GROUP);
        return queries.query(new FindPipelineQuery(null), PipelineView.class).join();
    }

    public List<ContributionView> contributions(int year, Instant asOf, String by, String group, boolean sixParksOnly) {
        projections.requireReady(FigureLedgerProjection.PROCESSING_GROUP);
        return queries.query(new FindContributionsQuery(year, asOf, by, group, sixParksOnly),
                ResponseTypes.multipleInstancesOf(ContributionView.class)).join();
    }

    public List<BeijingProjectView> beijingProjects(int year, Instant asOf) {
        projections.requireReady(FigureLedgerProjection.PROCESSING_GROUP);
        return queries.query(new FindBeijingProjectsQuery(year, asOf),
                ResponseTypes.multipleInstancesOf(BeijingProjectView.class)).join();
    }

    public RestatementView restatement(YearMonth month) {
        projections.requireReady(FigureLedgerProjection.PROCESSING_GROUP);
        return queries.query(new FindRestatementQuery(month), RestatementView.class).join();
    }

    /** The year to open on: the latest year up to {@code current} that has targets (the demo's 2022, say). */
    public int defaultYear(int current) {
        if (projections.isRebuilding(FigureLedgerProjection.PROCESSING_GROUP)) {
            return current;
        }
        for (int year = current; year >= FIRST_YEAR; year--) {
            ProgressView p = queries.query(new FindProgressQuery(year, null), ProgressView.class).join();
            if (p.externalCapital().targetCny().value().signum() > 0 || p.beijingProjects().target() > 0) {
                return year;
            }
        }
        return current;
    }

    /** Unit names by code, in the registry's order. */
    public Map<String, String> unitNames() {
        Map<String, String> names = new LinkedHashMap<>();
        queries.query(new FindUnitsQuery(), ResponseTypes.multipleInstancesOf(UnitView.class)).join()
                .forEach(u -> names.put(u.code(), u.name()));
        return names;
    }

    /** Industry-chain names by code. */
    public Map<String, String> chainNames() {
        Map<String, String> names = new LinkedHashMap<>();
        queries.query(new FindIndustryChainsQuery(), ResponseTypes.multipleInstancesOf(ChainView.class)).join()
                .forEach(c -> names.put(c.code(), c.name()));
        return names;
    }
}
