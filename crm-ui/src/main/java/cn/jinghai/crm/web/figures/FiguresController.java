package cn.jinghai.crm.web.figures;

import cn.jinghai.crm.common.Checks;
import cn.jinghai.crm.common.api.DomainException;
import cn.jinghai.crm.platform.projection.Projections;
import cn.jinghai.crm.projections.figures.FigureLedgerProjection;
import cn.jinghai.crm.projections.figures.BreakdownView;
import cn.jinghai.crm.projections.figures.FindBreakdownQuery;
import cn.jinghai.crm.projections.figures.FindProgressQuery;
import cn.jinghai.crm.projections.figures.FindRestatementQuery;
import cn.jinghai.crm.projections.figures.RestatementView;
import cn.jinghai.crm.projections.figures.FindRankingQuery;
import cn.jinghai.crm.projections.figures.ProgressView;
import cn.jinghai.crm.projections.figures.RankingRow;
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
