package cn.jinghai.crm.unit.ui;

import cn.jinghai.crm.figures.application.FiguresService;
import cn.jinghai.crm.target.application.TargetService;
import cn.jinghai.crm.target.application.YearTargets;
import cn.jinghai.crm.unit.application.UnitService;


import cn.jinghai.crm.ui.support.Secondary;
import cn.jinghai.crm.common.api.CnyAmount;
import cn.jinghai.crm.figures.readmodel.ProgressView;
import cn.jinghai.crm.figures.readmodel.RankingRow;
import cn.jinghai.crm.unit.readmodel.UnitView;
import cn.jinghai.crm.ui.support.MoneyField;
import cn.jinghai.crm.ui.support.MoneyInput;
import cn.jinghai.crm.ui.support.Notices;
import cn.jinghai.crm.ui.support.Amounts;
import cn.jinghai.crm.ui.support.Dates;
import cn.jinghai.crm.ui.support.UiErrors;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** One year's targets and the units' quotas, with their current values (from the year's progress and ranking). */
class YearPanel extends Div {

    /** A unit with its quota in the selected year (null: none set) and its credited sum. */
    record UnitQuota(UnitView unit, RankingRow row) {
    }

    private final UnitService service;
    private final TargetService targetService;
    private final FiguresService figures;
    private final UiErrors errors;
    private final IntegerField year = new IntegerField();
    private final MoneyField external = new MoneyField("", MoneyInput.YI).withId("target-external");
    private final MoneyField sixParks = new MoneyField("", MoneyInput.YI).withId("target-six-parks");
    private final IntegerField beijing = new IntegerField();
    private final Span status = new Span();
    private final Grid<UnitQuota> quotas = new Grid<>();
    private final Div empty = new Div();

    YearPanel(UnitService service, TargetService targetService, FiguresService figures, UiErrors errors) {
        this.targetService = targetService;
        this.figures = figures;
        this.service = service;
        this.errors = errors;
        addClassName("card");
        year.setId("year");
        year.setLabel(getTranslation("office.year"));
        year.setStepButtonsVisible(true);
        year.setValue(Dates.today().getYear());
        year.addValueChangeListener(e -> load());
        external.setLabel(getTranslation("office.targets.external"));
        sixParks.setLabel(getTranslation("office.targets.sixParks"));
        beijing.setId("target-beijing");
        beijing.setLabel(getTranslation("office.targets.beijing"));
        beijing.setMin(0);
        Button save = new Button(getTranslation("office.targets.save"), e -> saveTargets());
        save.setId("targets-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout targets = new HorizontalLayout(external, sixParks, beijing, save);
        targets.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        targets.setWrap(true);
        Secondary.style(status);
        status.setId("year-status");

        quotas.setId("quotas-grid");
        quotas.setAllRowsVisible(true);
        quotas.addColumn(q -> q.unit().name() + " (" + q.unit().code() + ")").setHeader(getTranslation("office.units.name"))
                .setFlexGrow(3);
        quotas.addComponentColumn(q -> q.row() == null ? new Span(getTranslation("office.quotas.none"))
                : Amounts.span(q.row().quotaCny().value(), getLocale())).setHeader(getTranslation("office.quotas.quota"))
                .setTextAlign(ColumnTextAlign.END);
        quotas.addComponentColumn(q -> q.row() == null ? new Span("—")
                : Amounts.span(q.row().creditedCny().value(), getLocale())).setHeader(getTranslation("office.quotas.credited"))
                .setTextAlign(ColumnTextAlign.END);
        quotas.addColumn(q -> q.row() == null ? "—" : Amounts.percent(new BigDecimal(q.row().completionRate())))
                .setHeader(getTranslation("office.quotas.rate")).setTextAlign(ColumnTextAlign.END);
        quotas.addComponentColumn(q -> {
            Button edit = new Button(getTranslation("office.quotas.set"), e -> editQuota(q));
            edit.setId("quota-" + q.unit().code());
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return edit;
        }).setHeader(getTranslation("office.col.actions"));
        empty.addClassName("empty-state");
        empty.setText(getTranslation("office.units.empty"));
        add(new H3(getTranslation("office.targets.title")), year, targets, status,
                new H3(getTranslation("office.quotas.title")), quotas, empty);
        load();
    }

    /** Reads the year's current targets and quotas; while the figures rebuild, says so and leaves the fields empty. */
    void load() {
        Integer y = year.getValue();
        if (y == null) {
            return;
        }
        List<UnitView> units;
        try {
            units = service.units();
        } catch (RuntimeException e) {
            errors.show(e);
            return;
        }
        Map<String, RankingRow> rows = Map.of();
        try {
            ProgressView progress = figures.progress(y, null);
            external.setValue(positiveOrNull(progress.externalCapital().targetCny()));
            sixParks.setValue(positiveOrNull(progress.sixParks().targetCny()));
            beijing.setValue(progress.beijingProjects().target() > 0 ? progress.beijingProjects().target() : null);
            rows = figures.ranking(y, null).stream().collect(Collectors.toMap(RankingRow::unitCode, Function.identity()));
            status.setText(getTranslation("office.targets.current", y));
        } catch (RuntimeException e) {
            external.clear();
            sixParks.clear();
            beijing.clear();
            status.setText(errors.message(e, getLocale()));
        }
        Map<String, RankingRow> byUnit = rows;
        List<UnitQuota> items = units.stream().map(u -> new UnitQuota(u, byUnit.get(u.code()))).toList();
        quotas.setItems(items);
        quotas.setVisible(!items.isEmpty());
        empty.setVisible(items.isEmpty());
    }

    private static CnyAmount positiveOrNull(CnyAmount amount) {
        return amount != null && amount.isPositive() ? amount : null;
    }

    private void saveTargets() {
        if (!external.convertible() || !sixParks.convertible() || year.getValue() == null) {
            return;
        }
        try {
            targetService.setTargets(year.getValue(), new YearTargets(external.getValue(), sixParks.getValue(), beijing.getValue()));
            Notices.success(getTranslation("office.targets.saved", year.getValue()));
        } catch (RuntimeException e) {
            errors.show(e);
        }
    }

    private void editQuota(UnitQuota q) {
        Dialog dialog = new Dialog();
        dialog.setId("quota-dialog");
        dialog.setHeaderTitle(getTranslation("office.quotas.dialog", q.unit().name(), year.getValue()));
        MoneyField quota = new MoneyField(getTranslation("office.quotas.quota"), MoneyInput.WAN).withId("quota-amount");
        if (q.row() != null) {
            quota.setValue(q.row().quotaCny());
        }
        dialog.add(quota);
        Button save = new Button(getTranslation("common.save"), e -> {
            if (!quota.convertible()) {
                return;
            }
            try {
                targetService.setQuota(year.getValue(), q.unit().code(), quota.getValue());
                dialog.close();
                Notices.success(getTranslation("office.quotas.saved", q.unit().name()));
                load();
            } catch (RuntimeException ex) {
                errors.show(ex);
            }
        });
        save.setId("quota-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
        dialog.open();
    }
}
