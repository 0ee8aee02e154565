package cn.jinghai.crm.figures.ui;

import cn.jinghai.crm.common.api.CnyAmount;
import cn.jinghai.crm.figures.readmodel.BreakdownView;
import cn.jinghai.crm.ui.components.ChartOptions;
import cn.jinghai.crm.ui.support.Amounts;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The dashboard's chart options, from the same figures the endpoints answer: every value is the
 * exact amount in 万元 (yuan / 10,000), so a chart's series equal the breakdown endpoint's figures.
 * Each chart keeps the codes behind its points, in order, for drill-down.
 */
final class DashboardCharts {

    /** A chart's option and the group code of each data point (index = ECharts' dataIndex). */
    record Chart(ObjectNode option, List<String> codes) {
    }

    private DashboardCharts() {
    }

    /** Verified funds per month of the year (bars) and their running total (line). */
    static Chart monthlyTrend(int year, BreakdownView breakdown, String monthly, String cumulative, String axis) {
        List<String> months = new ArrayList<>();
        List<BigDecimal> perMonth = new ArrayList<>();
        List<BigDecimal> running = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (int m = 1; m <= 12; m++) {
            String key = String.format("%d-%02d", year, m);
            BigDecimal value = Amounts.wan(breakdown.byMonth().getOrDefault(key, CnyAmount.ZERO).value());
            total = total.add(value);
            months.add(key);
            perMonth.add(value);
            running.add(total);
        }
        ObjectNode option = ChartOptions.categories(months, axis, List.of(new ChartOptions.Series(monthly, "bar", perMonth),
                new ChartOptions.Series(cumulative, "line", running)));
        return new Chart(option, months);
    }

    /** A breakdown as a pie of named shares (chains or channels), largest first. */
    static Chart shares(Map<String, CnyAmount> groups, Function<String, String> name, String seriesName) {
        List<Map.Entry<String, CnyAmount>> entries = new ArrayList<>(groups.entrySet());
        entries.sort(Map.Entry.<String, CnyAmount>comparingByValue().reversed());
        List<String> codes = entries.stream().map(Map.Entry::getKey).toList();
        List<String> names = codes.stream().map(name).toList();
        List<BigDecimal> values = entries.stream().map(e -> Amounts.wan(e.getValue().value())).toList();
        return new Chart(ChartOptions.pie(seriesName, names, values), codes);
    }

    /** The funnel: how many leads ever reached each main-line stage. */
    static Chart funnel(Map<String, Long> funnel, List<String> stages, Function<String, String> name, String seriesName) {
        List<String> names = stages.stream().map(name).toList();
        List<BigDecimal> values = stages.stream().map(s -> BigDecimal.valueOf(funnel.getOrDefault(s, 0L))).toList();
        return new Chart(ChartOptions.funnel(seriesName, names, values), stages);
    }
}
