package cn.jinghai.crm.figures.ui;

import cn.jinghai.crm.common.api.Role;
import cn.jinghai.crm.figures.readmodel.ProgressView;
import cn.jinghai.crm.figures.readmodel.RankingRow;
import cn.jinghai.crm.lead.readmodel.pipeline.PipelineView;
import cn.jinghai.crm.ui.components.EChart;
import cn.jinghai.crm.chain.application.ChainService;
import cn.jinghai.crm.figures.application.FiguresService;
import cn.jinghai.crm.reports.application.MonthlyReport;
import cn.jinghai.crm.unit.application.UnitService;
import cn.jinghai.crm.reports.ui.MonthlyReportLink;
import cn.jinghai.crm.ui.support.Amounts;
import cn.jinghai.crm.ui.support.CurrentUser;
import cn.jinghai.crm.ui.support.Dates;
import cn.jinghai.crm.ui.support.UiErrors;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The leaders' cockpit (驾驶舱): the year's three targets against the time gone, the unit ranking with
 * rewards and the staffing flag, verified funds by month, chain and channel, the funnel and the
 * stalled key projects. Every number opens the leads and tranches behind it; a date shows the
 * figures as the system knew them at the end of that day (the pipeline is always today's).
 * {@code ?year=&asOf=} make a view bookmarkable.
 */
@Route("dashboard")
@Menu(order = 0, title = "nav.dashboard", icon = "vaadin:dashboard")
@RolesAllowed({"DISTRICT_OFFICE", "LEADERSHIP", "PARK_TEAM"})
public class DashboardView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    static final List<String> FUNNEL_STAGES = List.of("LEAD", "NEGOTIATING", "SIGNED", "REGISTERED", "CONSTRUCTION", "OPERATING");

    private final FiguresService service;
    private final CurrentUser user;
    private final UiErrors errors;
    private final MonthlyReport monthlyReport;
    private final Map<String, String> units;
    private final Map<String, String> chains;

    private final Select<Integer> year = new Select<>();
    private final DatePicker asOf;
    private final KpiCard external = new KpiCard("kpi-external");
    private final KpiCard sixParks = new KpiCard("kpi-parks");
    private final KpiCard beijing = new KpiCard("kpi-beijing");
    private final KpiCard ownUnit = new KpiCard("kpi-own-unit");
    private final RankingGrid ranking;
    private final EChart trend = chart("chart-trend");
    private final EChart chainChart = chart("chart-chain");
    private final EChart channelChart = chart("chart-channel");
    private final EChart funnelChart = chart("chart-funnel");
    private final StalledGrid stalled;
    private DashboardCharts.Chart trendData;
    private DashboardCharts.Chart chainData;
    private DashboardCharts.Chart channelData;
    private boolean loading;

    public DashboardView(FiguresService service, UnitService unitService, ChainService chainService, CurrentUser user,
                         UiErrors errors, MonthlyReport monthlyReport) {
        this.service = service;
        this.monthlyReport = monthlyReport;
        this.user = user;
        this.errors = errors;
        this.units = unitService.unitNames();
        this.chains = chainService.chainNames();
        addClassName("view");
        setId("dashboard-view");
        getElement().setAttribute("data-home", true);
        asOf = Dates.picker(getTranslation("dash.asOf"), getLocale());
        ranking = new RankingGrid(getLocale(), units, user.is(Role.PARK_TEAM) ? user.actor().unitCode() : null);
        stalled = new StalledGrid(units);
        add(header(), kpis(), section("dash.ranking.title", ranking), charts(), section("dash.stalled.title", stalled));
        wireDrillDowns();
    }

    private Component header() {
        H2 title = new H2(getTranslation("dash.title"));
        int current = Dates.today().getYear();
        year.setId("year");
        year.setLabel(getTranslation("dash.year"));
        year.setItems(IntStream.rangeClosed(FiguresService.FIRST_YEAR, current + 1).boxed()
                .sorted(java.util.Comparator.reverseOrder()).toList());
        asOf.setId("as-of");
        asOf.setClearButtonVisible(true);
        asOf.setMax(Dates.today());
        asOf.setHelperText(getTranslation("dash.asOf.help"));
        Button restatement = new Button(getTranslation("dash.restatement"), e -> getUI().ifPresent(ui ->
                ui.navigate(RestatementView.class, QueryParameters.of("year", String.valueOf(year.getValue())))));
        restatement.setId("open-restatement");
        restatement.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        year.addValueChangeListener(e -> load());
        asOf.addValueChangeListener(e -> load());
        MonthlyReportLink report = new MonthlyReportLink(monthlyReport, errors);
        year.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                report.showYear(e.getValue());
            }
        });
        HorizontalLayout bar = new HorizontalLayout(title, year, asOf, restatement, report);
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        return bar;
    }

    private Component kpis() {
        Div cards = new Div(external, sixParks, beijing);
        cards.addClassName("cards");
        if (user.is(Role.PARK_TEAM)) {
            cards.add(ownUnit);
        }
        return cards;
    }

    private Component charts() {
        Div cards = new Div(card("dash.chart.trend", trend), card("dash.chart.chain", chainChart),
                card("dash.chart.channel", channelChart), card("dash.chart.funnel", funnelChart));
        cards.addClassNames("cards", "chart-cards");
        return cards;
    }

    private void wireDrillDowns() {
        external.addValueClickListener(e -> drill(getTranslation("dash.kpi.external"), null, null, false));
        sixParks.addValueClickListener(e -> drill(getTranslation("dash.kpi.parks"), null, null, true));
        beijing.addValueClickListener(e -> DrillDownDialog.beijing(getTranslation("dash.kpi.beijing"),
                service.beijingProjects(year.getValue(), asOfInstant()), units).open());
        ownUnit.addValueClickListener(e -> drill(getTranslation("dash.kpi.ownUnit"), "UNIT", user.actor().unitCode(), false));
        ranking.addItemClickListener(e -> drill(units.getOrDefault(e.getItem().unitCode(), e.getItem().unitCode()), "UNIT",
                e.getItem().unitCode(), false));
        trend.addPointClickListener(e -> pick(trendData, e.dataIndex()).ifPresent(m -> drill(m, "MONTH", m, false)));
        chainChart.addPointClickListener(e -> pick(chainData, e.dataIndex()).ifPresent(c ->
                drill(chains.getOrDefault(c, c), "CHAIN", c, false)));
        channelChart.addPointClickListener(e -> pick(channelData, e.dataIndex()).ifPresent(c ->
                drill(getTranslation("channel." + c), "CHANNEL", c, false)));
        funnelChart.addPointClickListener(e -> {
            if (e.dataIndex() >= 0 && e.dataIndex() < FUNNEL_STAGES.size()) {
                getUI().ifPresent(ui -> ui.navigate("leads", QueryParameters.of("stage", FUNNEL_STAGES.get(e.dataIndex()))));
            }
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
        loading = true;
        try {
            int chosen = params.containsKey("year") ? parseYear(params.get("year").get(0))
                    : service.defaultYear(Dates.today().getYear());
            year.setValue(chosen);
            asOf.setValue(params.containsKey("asOf") ? parseDate(params.get("asOf").get(0)) : null);
        } catch (RuntimeException e) {
            errors.show(e);
        } finally {
            loading = false;
        }
        load();
    }

    private void load() {
        if (loading || year.getValue() == null) {
            return;
        }
        try {
            int y = year.getValue();
            FiguresService.Snapshot figures = service.snapshot(y, asOfInstant());
            showTargets(y, figures.progress());
            ranking.show(figures.ranking());
            showOwnUnit(figures.ranking());
            trendData = DashboardCharts.monthlyTrend(y, figures.breakdown(), getTranslation("dash.chart.monthly"),
                    getTranslation("dash.chart.cumulative"), getTranslation("dash.chart.axisWan"));
            trend.setOption(trendData.option());
            chainData = DashboardCharts.shares(figures.breakdown().byChain(), c -> chains.getOrDefault(c, c),
                    getTranslation("dash.chart.chain"));
            chainChart.setOption(chainData.option());
            channelData = DashboardCharts.shares(figures.breakdown().byChannel(), c -> getTranslation("channel." + c),
                    getTranslation("dash.chart.channel"));
            channelChart.setOption(channelData.option());
            PipelineView pipeline = service.pipeline(null);
            funnelChart.setOption(DashboardCharts.funnel(pipeline.funnel(), FUNNEL_STAGES, s -> getTranslation("stage." + s),
                    getTranslation("dash.chart.funnel")).option());
            stalled.setItems(pipeline.stalledKeyProjects());
        } catch (RuntimeException e) {
            errors.show(e);
        }
    }

    private void showTargets(int y, ProgressView p) {
        BigDecimal elapsed = elapsed(y, asOf.getValue() == null ? Dates.today() : asOf.getValue());
        external.show(getTranslation("dash.kpi.external"), Amounts.span(p.externalCapital().verifiedCny().value(), getLocale()),
                getTranslation("dash.kpi.target", Amounts.format(p.externalCapital().targetCny().value(), getLocale())),
                p.externalCapital().verifiedCny().value(), p.externalCapital().targetCny().value(), elapsed);
        sixParks.show(getTranslation("dash.kpi.parks"), Amounts.span(p.sixParks().verifiedCny().value(), getLocale()),
                getTranslation("dash.kpi.target", Amounts.format(p.sixParks().targetCny().value(), getLocale())),
                p.sixParks().verifiedCny().value(), p.sixParks().targetCny().value(), elapsed);
        beijing.show(getTranslation("dash.kpi.beijing"), new Span(getTranslation("dash.kpi.count", p.beijingProjects().count())),
                getTranslation("dash.kpi.targetCount", p.beijingProjects().target()),
                BigDecimal.valueOf(p.beijingProjects().count()), BigDecimal.valueOf(p.beijingProjects().target()), elapsed);
    }

    private void showOwnUnit(List<RankingRow> rows) {
        if (!user.is(Role.PARK_TEAM)) {
            return;
        }
        String unit = user.actor().unitCode();
        RankingRow row = rows.stream().filter(r -> r.unitCode().equals(unit)).findFirst().orElse(null);
        BigDecimal elapsed = elapsed(year.getValue(), asOf.getValue() == null ? Dates.today() : asOf.getValue());
        if (row == null) {
            ownUnit.show(getTranslation("dash.kpi.ownUnit"), new Span(getTranslation("dash.kpi.noQuota")), "", BigDecimal.ZERO,
                    BigDecimal.ZERO, elapsed);
            return;
        }
        ownUnit.show(getTranslation("dash.kpi.ownUnit"), Amounts.span(row.creditedCny().value(), getLocale()),
                getTranslation("dash.kpi.ownUnitTarget", Amounts.format(row.quotaCny().value(), getLocale()), row.rank(), rows.size()),
                row.creditedCny().value(), row.quotaCny().value(), elapsed);
    }

    private void drill(String title, String by, String group, boolean sixParksOnly) {
        try {
            DrillDownDialog.tranches(title, service.contributions(year.getValue(), asOfInstant(), by, group, sixParksOnly),
                    getLocale(), units, chains).open();
        } catch (RuntimeException e) {
            errors.show(e);
        }
    }

    /** The end of the chosen day in China Standard Time, or null for "now". */
    private Instant asOfInstant() {
        LocalDate date = asOf.getValue();
        return date == null ? null : date.plusDays(1).atStartOfDay(Dates.CST).toInstant().minusMillis(1);
    }

    /** The share of the year gone at the end of {@code date}: 0 before the year, 1 after it. */
    static BigDecimal elapsed(int year, LocalDate date) {
        if (date.getYear() < year) {
            return BigDecimal.ZERO;
        }
        if (date.getYear() > year) {
            return BigDecimal.ONE;
        }
        return BigDecimal.valueOf(date.getDayOfYear()).divide(BigDecimal.valueOf(date.lengthOfYear()), 6,
                java.math.RoundingMode.HALF_UP);
    }

    private static java.util.Optional<String> pick(DashboardCharts.Chart chart, int index) {
        return chart == null || index < 0 || index >= chart.codes().size() ? java.util.Optional.empty()
                : java.util.Optional.of(chart.codes().get(index));
    }

    private int parseYear(String text) {
        int y = Integer.parseInt(text.trim());
        return y < FiguresService.FIRST_YEAR || y > Dates.today().getYear() + 1 ? Dates.today().getYear() : y;
    }

    private static LocalDate parseDate(String text) {
        LocalDate date = LocalDate.parse(text.trim());
        return date.isAfter(Dates.today()) ? null : date;
    }

    private Div section(String titleKey, Component content) {
        Div card = card(titleKey, content);
        card.getStyle().set("margin-top", "var(--lumo-space-m)");
        return card;
    }

    private Div card(String titleKey, Component content) {
        Div card = new Div(new H3(getTranslation(titleKey)), content);
        card.addClassName("card");
        return card;
    }

    private static EChart chart(String id) {
        EChart chart = new EChart();
        chart.setId(id);
        return chart;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.dashboard") + " | " + getTranslation("app.title");
    }
}
