package cn.jinghai.crm.reports.ui;

import cn.jinghai.crm.reports.application.MonthlyReport;

import cn.jinghai.crm.ui.support.Dates;
import cn.jinghai.crm.ui.support.UiErrors;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * The monthly report for the city (月报导出): a year and a month, and a link to the same xlsx as
 * {@code GET /api/reports/monthly}, as of that month's end. Preset to the last finished month.
 */
public class MonthlyReportLink extends HorizontalLayout {

    /** The first year the platform holds figures for (the dashboard's first year). */
    static final int FIRST_YEAR = 2015;

    private final Select<Integer> year = new Select<>();
    private final Select<Integer> month = new Select<>();

    public MonthlyReportLink(MonthlyReport report, UiErrors errors) {
        setId("monthly-report");
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setSpacing(true);
        YearMonth last = YearMonth.from(Dates.today()).minusMonths(1);
        year.setId("monthly-year");
        year.setLabel(getTranslation("imports.monthly.year"));
        year.setItems(IntStream.rangeClosed(FIRST_YEAR, Dates.today().getYear()).boxed()
                .sorted(Comparator.reverseOrder()).toList());
        year.setValue(last.getYear());
        year.setWidth("7em");
        month.setId("monthly-month");
        month.setLabel(getTranslation("imports.monthly.month"));
        month.setItems(IntStream.rangeClosed(1, 12).boxed().toList());
        month.setItemLabelGenerator(m -> getTranslation("imports.monthly.monthLabel", m));
        month.setValue(last.getMonthValue());
        month.setWidth("8em");
        var link = FileLinks.link("monthly-report-download", getTranslation("imports.monthly.button"),
                () -> YearMonth.of(year.getValue(), month.getValue()),
                (ym, address) -> report.write(ym.getYear(), ym.getMonthValue(), address), errors);
        link.setTitle(getTranslation("imports.monthly.help"));
        add(year, month, link);
    }

    /** Follows the year a page shows: its December for a past year, last month for the current one. */
    public void showYear(int shown) {
        YearMonth last = YearMonth.from(Dates.today()).minusMonths(1);
        if (shown < FIRST_YEAR || shown > last.getYear()) {
            return;
        }
        year.setValue(shown);
        month.setValue(shown < last.getYear() ? 12 : last.getMonthValue());
    }
}
