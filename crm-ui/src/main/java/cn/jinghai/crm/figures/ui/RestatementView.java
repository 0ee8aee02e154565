package cn.jinghai.crm.figures.ui;

import cn.jinghai.crm.figures.application.FiguresService;

import cn.jinghai.crm.common.api.CnyAmount;
import cn.jinghai.crm.figures.readmodel.RestatementView.Change;
import cn.jinghai.crm.figures.readmodel.RestatementView.Figures;
import cn.jinghai.crm.ui.support.Amounts;
import cn.jinghai.crm.ui.support.Dates;
import cn.jinghai.crm.ui.support.UiErrors;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
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
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.time.YearMonth;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Month-end restatement: the year-to-date figures as reported at a month's end, as known now, and
 * each later record that moved them (a late verification, a reversal, a reassignment) with its effect,
 * so the monthly report to the city can be reconciled line by line.
 */
@Route("dashboard/restatement")
@RolesAllowed({"DISTRICT_OFFICE", "LEADERSHIP", "PARK_TEAM"})
public class RestatementView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    private final FiguresService service;
    private final UiErrors errors;
    private final Select<Integer> year = new Select<>();
    private final Select<Integer> month = new Select<>();
    private final Div comparison = new Div();
    private final Grid<Change> changes = new Grid<>(Change.class, false);

    public RestatementView(FiguresService service, UiErrors errors) {
        this.service = service;
        this.errors = errors;
        addClassName("view");
        setId("restatement-view");
        int current = Dates.today().getYear();
        year.setId("restatement-year");
        year.setLabel(getTranslation("dash.year"));
        year.setItems(IntStream.rangeClosed(FiguresService.FIRST_YEAR, current).boxed()
                .sorted(java.util.Comparator.reverseOrder()).toList());
        month.setId("restatement-month");
        month.setLabel(getTranslation("dash.restatement.month"));
        month.setItems(IntStream.rangeClosed(1, 12).boxed().toList());
        HorizontalLayout bar = new HorizontalLayout(new H2(getTranslation("dash.restatement")), year, month);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        comparison.addClassName("cards");
        comparison.setId("restatement-figures");
        changes.setId("restatement-changes");
        changes.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        changes.setAllRowsVisible(true);
        changes.addColumn(c -> Dates.format(c.recordedAt())).setHeader(getTranslation("dash.restatement.recordedAt"));
        changes.addColumn(c -> getTranslation("dash.restatement.type." + c.type())).setHeader(getTranslation("dash.restatement.type"));
        changes.addComponentColumn(c -> delta(c.externalCapitalDelta())).setHeader(getTranslation("dash.kpi.external"))
                .setTextAlign(ColumnTextAlign.END);
        changes.addComponentColumn(c -> delta(c.sixParksDelta())).setHeader(getTranslation("dash.kpi.parks"))
                .setTextAlign(ColumnTextAlign.END);
        changes.addColumn(c -> c.beijingProjectsDelta() == 0 ? "" : String.format("%+d", c.beijingProjectsDelta()))
                .setHeader(getTranslation("dash.kpi.beijing")).setTextAlign(ColumnTextAlign.END);
        changes.setEmptyStateText(getTranslation("dash.restatement.none"));
        changes.addItemClickListener(e -> {
            if (e.getItem().leadId() != null) {
                getUI().ifPresent(ui -> ui.navigate("leads/" + e.getItem().leadId()));
            }
        });
        Div changesCard = new Div(new H3(getTranslation("dash.restatement.changes")), changes);
        changesCard.addClassName("card");
        changesCard.getStyle().set("margin-top", "var(--lumo-space-m)");
        add(bar, comparison, changesCard);
        year.addValueChangeListener(e -> load());
        month.addValueChangeListener(e -> load());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var params = event.getLocation().getQueryParameters().getParameters();
        List<String> y = params.get("year");
        int chosen;
        try {
            chosen = y == null ? service.defaultYear(Dates.today().getYear()) : Integer.parseInt(y.get(0).trim());
        } catch (RuntimeException e) {
            chosen = Dates.today().getYear();
        }
        if (chosen < FiguresService.FIRST_YEAR || chosen > Dates.today().getYear()) {
            chosen = Dates.today().getYear();
        }
        YearMonth latest = YearMonth.now(Dates.CST).minusMonths(1);
        int m = chosen < latest.getYear() ? 12 : Math.max(1, latest.getMonthValue());
        try {
            if (params.containsKey("month")) {
                m = Math.min(12, Math.max(1, Integer.parseInt(params.get("month").get(0).trim())));
            }
        } catch (NumberFormatException e) {
            // an unreadable month in the address keeps the default
        }
        month.setValue(m);
        year.setValue(chosen);
    }

    private void load() {
        if (year.getValue() == null || month.getValue() == null) {
            return;
        }
        try {
            var view = service.restatement(year.getValue(), YearMonth.of(year.getValue(), month.getValue()));
            comparison.removeAll();
            comparison.add(figure("dash.kpi.external", view.reported().externalCapitalCny(), view.now().externalCapitalCny(), "external"),
                    figure("dash.kpi.parks", view.reported().sixParksCny(), view.now().sixParksCny(), "parks"),
                    count(view.reported(), view.now()));
            changes.setItems(view.changes());
        } catch (RuntimeException e) {
            errors.show(e);
        }
    }

    private Component figure(String titleKey, CnyAmount reported, CnyAmount now, String id) {
        Div card = new Div(new H3(getTranslation(titleKey)),
                line("dash.restatement.reported", Amounts.span(reported.value(), getLocale())),
                line("dash.restatement.now", Amounts.span(now.value(), getLocale())),
                line("dash.restatement.difference", delta(now.minus(reported))));
        card.addClassName("card");
        card.setId("restatement-" + id);
        return card;
    }

    private Component count(Figures reported, Figures now) {
        Div card = new Div(new H3(getTranslation("dash.kpi.beijing")),
                line("dash.restatement.reported", new Span(String.valueOf(reported.beijingProjects()))),
                line("dash.restatement.now", new Span(String.valueOf(now.beijingProjects()))),
                line("dash.restatement.difference", new Span(String.format("%+d", now.beijingProjects() - reported.beijingProjects()))));
        card.addClassName("card");
        card.setId("restatement-beijing");
        return card;
    }

    private Div line(String key, Component value) {
        Span label = new Span(getTranslation(key) + "：");
        label.addClassName("kpi-sub");
        return new Div(label, value);
    }

    private Span delta(CnyAmount amount) {
        if (amount.value().signum() == 0) {
            return new Span("0");
        }
        Span s = Amounts.span(amount.value(), getLocale());
        if (amount.value().signum() > 0) {
            s.setText("+" + s.getText());
        }
        s.getElement().getThemeList().add(amount.value().signum() > 0 ? "badge success" : "badge error");
        return s;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dash.restatement") + " | " + getTranslation("app.title");
    }
}
