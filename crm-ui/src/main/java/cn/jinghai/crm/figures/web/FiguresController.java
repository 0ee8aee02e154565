package cn.jinghai.crm.figures.web;

import cn.jinghai.crm.platform.web.AsOf;
import cn.jinghai.crm.common.api.DomainException;
import cn.jinghai.crm.figures.application.FiguresService;
import cn.jinghai.crm.figures.readmodel.BeijingProjectView;
import cn.jinghai.crm.figures.readmodel.BreakdownView;
import cn.jinghai.crm.figures.readmodel.ContributionView;
import cn.jinghai.crm.figures.readmodel.ProgressView;
import cn.jinghai.crm.figures.readmodel.RankingRow;
import cn.jinghai.crm.figures.readmodel.RestatementView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

/** The figures endpoints (API.md, "Figures", and the drill-downs): HTTP in and out of {@link FiguresService}. */
@RestController
@RequestMapping("/api/years/{year}")
public class FiguresController {

    private final FiguresService figures;

    public FiguresController(FiguresService figures) {
        this.figures = figures;
    }

    @GetMapping("/progress")
    public ProgressView progress(@PathVariable int year, @RequestParam(required = false) String asOf) {
        return figures.progress(year, AsOf.parse(asOf));
    }

    @GetMapping("/ranking")
    public List<RankingRow> ranking(@PathVariable int year, @RequestParam(required = false) String asOf) {
        return figures.ranking(year, AsOf.parse(asOf));
    }

    @GetMapping("/breakdown")
    public BreakdownView breakdown(@PathVariable int year, @RequestParam(required = false) String asOf) {
        return figures.breakdown(year, AsOf.parse(asOf));
    }

    @GetMapping("/contributions")
    public List<ContributionView> contributions(@PathVariable int year, @RequestParam(required = false) String asOf,
                                                @RequestParam(required = false) String by,
                                                @RequestParam(required = false) String group,
                                                @RequestParam(defaultValue = "false") boolean sixParks) {
        return figures.contributions(year, AsOf.parse(asOf), by, group, sixParks);
    }

    @GetMapping("/beijing-projects")
    public List<BeijingProjectView> beijingProjects(@PathVariable int year, @RequestParam(required = false) String asOf) {
        return figures.beijingProjects(year, AsOf.parse(asOf));
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
        return figures.restatement(year, parsed);
    }
}
