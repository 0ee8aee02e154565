package cn.jinghai.crm.funding.ui;

import cn.jinghai.crm.ui.support.Secondary;
import cn.jinghai.crm.funding.readmodel.QueuedTranche;
import cn.jinghai.crm.ui.support.Amounts;
import cn.jinghai.crm.ui.support.Dates;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;

/** The columns of the verification queue: what the office checks a tranche against. */
class TrancheColumns {

    private final Grid<QueuedTranche> grid;
    private final Supplier<Function<String, String>> unitLabel;
    private final Supplier<Locale> locale;

    TrancheColumns(Grid<QueuedTranche> grid, Supplier<Function<String, String>> unitLabel, Supplier<Locale> locale) {
        this.grid = grid;
        this.unitLabel = unitLabel;
        this.locale = locale;
    }

    void addTo(Function<QueuedTranche, Component> actions) {
        grid.addComponentColumn(this::lead).setHeader(t("office.funding.col.lead")).setWidth("14em").setFlexGrow(3)
                .setResizable(true);
        grid.addColumn(q -> unitLabel.get().apply(q.unitCode())).setHeader(t("office.funding.col.unit")).setWidth("11em")
                .setFlexGrow(2);
        grid.addComponentColumn(this::amount).setHeader(t("office.funding.col.amount")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(q -> Amounts.span(new BigDecimal(q.amountCny()), locale.get()))
                .setHeader(t("office.funding.col.cny")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(q -> t("office.origin." + q.origin().name())).setHeader(t("office.funding.col.origin"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(q -> Dates.format(q.arrivalDate())).setHeader(t("office.funding.col.arrival"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(QueuedTranche::evidence).setHeader(t("office.funding.col.evidence")).setWidth("14em").setFlexGrow(2)
                .setTooltipGenerator(QueuedTranche::evidence);
        grid.addComponentColumn(this::reported).setHeader(t("office.funding.col.reported")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(actions::apply).setHeader(t("office.funding.col.actions")).setAutoWidth(true)
                .setFlexGrow(0).setFrozenToEnd(true);
    }

    /** The company, linked to its lead page, with the project beneath. */
    private Component lead(QueuedTranche q) {
        Anchor company = new Anchor("leads/" + q.leadId(), q.companyName());
        company.setId("lead-link-" + q.trancheId());
        Span project = new Span(q.projectName());
        Secondary.style(project);
        Div cell = new Div(company, new Div(project));
        return cell;
    }

    /** The amount as recorded in its currency; for a foreign currency, the rate used beneath. */
    private Component amount(QueuedTranche q) {
        Div cell = new Div(new Div(new Span(original(q.amount()) + " " + q.currency())));
        if (!"CNY".equals(q.currency())) {
            cell.add(new Div(Secondary.style(new Span(t("office.funding.rate", q.rateToCny())))));
        }
        return cell;
    }

    private Component reported(QueuedTranche q) {
        Span at = new Span(Dates.format(q.reportedAt()));
        Secondary.style(at);
        return new Div(new Div(new Span(q.reportedBy())), new Div(at));
    }

    /** The amount in its own currency, grouped, as recorded (exact). */
    static String original(String amount) {
        BigDecimal value = new BigDecimal(amount);
        DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setMinimumFractionDigits(Math.max(0, Math.min(2, value.scale())));
        format.setMaximumFractionDigits(Math.max(2, value.scale()));
        return format.format(value);
    }

    private String t(String key, Object... args) {
        return grid.getTranslation(key, args);
    }
}
