package cn.jinghai.crm.figures.application;

import cn.jinghai.crm.common.Checks;
import cn.jinghai.crm.common.api.DomainException;
import cn.jinghai.crm.common.api.ErrorCode;
import cn.jinghai.crm.figures.readmodel.BeijingProjectView;
import cn.jinghai.crm.figures.readmodel.BreakdownView;
import cn.jinghai.crm.figures.readmodel.ContributionView;
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
import cn.jinghai.crm.lead.readmodel.pipeline.PipelineView;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The figures leadership watches, for the API, the dashboard and the exports alike: progress toward a
 * year's targets, the unit ranking, the breakdowns and the records behind each figure, the month-end
 * restatement and the pipeline, now or as of a past instant. While a figure's read model is rebuilding
 * the query is refused (503 REBUILDING) where queries are dispatched, for every caller.
 */
@Service
public class FiguresService {

    /** The earliest year figures are looked for when choosing the year to open on. */
    public static final int FIRST_YEAR = 2015;
    private static final Set<String> BREAKDOWN_KEYS = Set.of("UNIT", "CHAIN", "CHANNEL", "MONTH");
    private static final int MAX_GROUP = 100;

    private final QueryGateway queries;

    public FiguresService(QueryGateway queries) {
        this.queries = queries;
    }

    /** One consistent read of what the dashboard shows for a year, now or as of an instant. */
    public record Snapshot(ProgressView progress, List<RankingRow> ranking, BreakdownView breakdown) {
    }

    public ProgressView progress(int year, Instant asOf) {
        return queries.query(new FindProgressQuery(Checks.year("year", year), asOf), ProgressView.class).join();
    }

    public List<RankingRow> ranking(int year, Instant asOf) {
        return queries.query(new FindRankingQuery(Checks.year("year", year), asOf),
                ResponseTypes.multipleInstancesOf(RankingRow.class)).join();
    }

    public BreakdownView breakdown(int year, Instant asOf) {
        return queries.query(new FindBreakdownQuery(Checks.year("year", year), asOf), BreakdownView.class).join();
    }

    public Snapshot snapshot(int year, Instant asOf) {
        return new Snapshot(progress(year, asOf), ranking(year, asOf), breakdown(year, asOf));
    }

    /**
     * The verified tranches behind the external-capital figure (drill-down): all, one breakdown group
     * ({@code by} UNIT, CHAIN, CHANNEL or MONTH, and {@code group}), or the six parks' share; a park team
     * sees only its own unit's leads.
     */
    public List<ContributionView> contributions(int year, Instant asOf, String by, String group, boolean sixParksOnly) {
        String key = by == null || by.isBlank() ? null : by.trim().toUpperCase(Locale.ROOT);
        if (key != null && !BREAKDOWN_KEYS.contains(key)) {
            throw DomainException.invalid("by", "error.invalid");
        }
        if (key != null && (group == null || group.isBlank() || group.length() > MAX_GROUP)) {
            throw DomainException.invalid("group", "error.required");
        }
        return queries.query(new FindContributionsQuery(Checks.year("year", year), asOf, key, key == null ? null : group,
                sixParksOnly), ResponseTypes.multipleInstancesOf(ContributionView.class)).join();
    }

    /** The Beijing high-tech leads counted toward the year's target (drill-down), scoped like contributions. */
    public List<BeijingProjectView> beijingProjects(int year, Instant asOf) {
        return queries.query(new FindBeijingProjectsQuery(Checks.year("year", year), asOf),
                ResponseTypes.multipleInstancesOf(BeijingProjectView.class)).join();
    }

    /** A year's figures through {@code month} (within the year): reported at its end against known now. */
    public RestatementView restatement(int year, YearMonth month) {
        Checks.year("year", year);
        if (month == null || month.getYear() != year) {
            throw DomainException.invalid("month", "error.month");
        }
        return queries.query(new FindRestatementQuery(month), RestatementView.class).join();
    }

    /** The district's pipeline, or one unit's ({@code null}: all the caller may see; a park team gets its own). */
    public PipelineView pipeline(String unit) {
        return queries.query(new FindPipelineQuery(unit == null || unit.isBlank() ? null : unit), PipelineView.class).join();
    }

    /**
     * The year to open on: the latest year up to {@code current} that has targets (the demo's 2022, say);
     * {@code current} while the figures are being rebuilt.
     */
    public int defaultYear(int current) {
        try {
            for (int year = current; year >= FIRST_YEAR; year--) {
                ProgressView p = progress(year, null);
                if (p.externalCapital().targetCny().value().signum() > 0 || p.beijingProjects().target() > 0) {
                    return year;
                }
            }
        } catch (DomainException e) {
            if (e.code() != ErrorCode.REBUILDING) {
                throw e;
            }
        }
        return current;
    }
}
