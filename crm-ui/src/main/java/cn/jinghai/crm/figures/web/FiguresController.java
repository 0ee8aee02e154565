package cn.jinghai.crm.figures.web;

import cn.jinghai.crm.figures.readmodel.BeijingProjectView;
import cn.jinghai.crm.figures.readmodel.ContributionView;
import cn.jinghai.crm.figures.readmodel.FindBeijingProjectsQuery;
import cn.jinghai.crm.figures.readmodel.FindContributionsQuery;
import cn.jinghai.crm.common.Checks;
import cn.jinghai.crm.common.api.DomainException;
import cn.jinghai.crm.platform.projection.Projections;
import cn.jinghai.crm.figures.readmodel.FigureLedgerProjection;
import cn.jinghai.crm.figures.readmodel.BreakdownView;
import cn.jinghai.crm.figures.readmodel.FindBreakdownQuery;
import cn.jinghai.crm.figures.readmodel.FindProgressQuery;
import cn.jinghai.crm.figures.readmodel.FindRestatementQuery;
import cn.jinghai.crm.figures.readmodel.RestatementView;
import cn.jinghai.crm.figures.readmodel.FindRankingQuery;
import cn.jinghai.crm.figures.readmodel.ProgressView;
import cn.jinghai.crm.figures.readmodel.RankingRow;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

/** The figures endpoints of API.md: a year's progress and ranking, now or as of a past instant. */
@RestController
@RequestMapping("/api/years/{year}")
public class FiguresController {

    private final QueryGateway queries;
    private final Projections projections;

    public FiguresController(QueryGateway queries, Projections projections) {
        this.queries = queries;
        this.projections = projections;
    }

    @GetMapping("/progress")
    public ProgressView progress(@PathVariable int year, @RequestParam(required = false) String asOf) {
        return queries.query(new FindProgressQuery(readyYear(year), AsOf.parse(asOf)), ProgressView.class).join();
    }

    @GetMapping("/ranking")
    public List<RankingRow> ranking(@PathVariable int year, @RequestParam(required = false) String asOf) {
        return queries.query(new FindRankingQuery(readyYear(year), AsOf.parse(asOf)),
                ResponseTypes.multipleInstancesOf(RankingRow.class)).join();
    }

    @GetMapping("/breakdown")
    public BreakdownView breakdown(@PathVariable int year, @RequestParam(required = false) String asOf) {
        return queries.query(new FindBreakdownQuery(readyYear(year), AsOf.parse(asOf)), BreakdownView.class).join();
    }

    /**
     * The verified tranches behind the external-capital figure (drill-down): all, one breakdown group
     * ({@code by}=UNIT|CHAIN|CHANNEL|MONTH and {@code group}), or the six parks' share; a park team
     * sees only its own unit's leads.
     */
    @GetMapping("/contributions")
    public List<ContributionView> contributions(@PathVariable int year, @RequestParam(required = false) String asOf,
                                                @RequestParam(required = false) String by,
                                                @RequestParam(required = false) String group,
                                                @RequestParam(defaultValue = "false") boolean sixParks) {
        String key = by == null || by.isBlank() ? null : by.trim().toUpperCase(java.util.Locale.ROOT);
        if (key != null && !java.util.Set.of("UNIT", "CHAIN", "CHANNEL", "MONTH").contains(key)) {
            throw DomainException.invalid("by", "error.invalid");
        }
        if (key != null && (group == null || group.isBlank() || group.length() > 100)) {
            throw DomainException.invalid("group", "error.required");
        }
        return queries.query(new FindContributionsQuery(readyYear(year), AsOf.parse(asOf), key, key == null ? null : group,
                sixParks), ResponseTypes.multipleInstancesOf(ContributionView.class)).join();
    }

    /** The Beijing high-tech leads counted toward the year's target (drill-down), scoped like contributions. */
    @GetMapping("/beijing-projects")
    public List<BeijingProjectView> beijingProjects(@PathVariable int year, @RequestParam(required = false) String asOf) {
        return queries.query(new FindBeijingProjectsQuery(readyYear(year), AsOf.parse(asOf)),
                ResponseTypes.multipleInstancesOf(BeijingProjectView.class)).join();
    }

    /** The year's figures through {@code month} (yyyy-MM, within the year): reported at its end vs known now. */
    @GetMapping("/restatement")
    public RestatementView restatement(@PathVariable int year, @RequestParam String month) {
        YearMonth parsed;
        try {
            parsed = YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("month", "error.month");
        }
        if (parsed.getYear() != readyYear(year)) {
            throw DomainException.invalid("month", "error.month");
        }
        return queries.query(new FindRestatementQuery(parsed), RestatementView.class).join();
    }

    /** A valid year whose figures are complete (503 REBUILDING while the figures read model is not). */
    private int readyYear(int year) {
        Checks.year("year", year);
        projections.requireReady(FigureLedgerProjection.PROCESSING_GROUP);
        return year;
    }
}
