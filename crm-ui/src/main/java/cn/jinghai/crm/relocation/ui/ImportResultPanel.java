package cn.jinghai.crm.relocation.ui;

import cn.jinghai.crm.reports.ui.FileLinks;

import cn.jinghai.crm.reports.application.Spreadsheet;
import cn.jinghai.crm.relocation.application.ImportOutcome;
import cn.jinghai.crm.lead.ui.LeadView;
import cn.jinghai.crm.ui.support.UiErrors;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.renderer.ComponentRenderer;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * An import's result: the counts, every row's outcome in a grid (filterable by outcome, a link to
 * the lead where the user may see it, the column and reason of a rejected row) and the report to
 * download as csv or xlsx.
 */
class ImportResultPanel extends VerticalLayout {

    private final Div counts = new Div();
    private final Select<ImportOutcome> outcome = new Select<>();
    private final Grid<ImportRow> grid = new Grid<>();
    private List<ImportRow> rows = List.of();
    private ListDataProvider<ImportRow> provider = new ListDataProvider<>(new ArrayList<>());

    ImportResultPanel(UiErrors errors) {
        setId("import-result");
        setPadding(false);
        counts.addClassName("cards");
        counts.setId("import-counts");
        // five small figures: narrower cards than the dashboard's
        counts.getStyle().set("grid-template-columns", "repeat(auto-fit, minmax(9rem, 1fr))");
        outcome.setId("import-outcome-filter");
        outcome.setLabel(getTranslation("imports.filter.outcome"));
        outcome.setItems(ImportOutcome.values());
        outcome.setEmptySelectionAllowed(true);
        outcome.setEmptySelectionCaption(getTranslation("imports.filter.all"));
        outcome.setItemLabelGenerator(o -> o == null ? getTranslation("imports.filter.all") : label(o));
        outcome.addValueChangeListener(e -> filter());
        HorizontalLayout tools = new HorizontalLayout(outcome,
                FileLinks.link("import-report-csv", getTranslation("imports.report.csv"), this::reportInput, (r, a) -> r.write(false), errors),
                FileLinks.link("import-report-xlsx", getTranslation("imports.report.xlsx"), this::reportInput, (r, a) -> r.write(true), errors));
        tools.setAlignItems(FlexComponent.Alignment.BASELINE);
        tools.setWrap(true);
        configureGrid();
        add(counts, tools, grid);
        setVisible(false);
    }

    private void configureGrid() {
        grid.setId("import-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(ImportRow::row).setKey("row").setHeader(getTranslation("imports.col.row")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(this::badge)).setKey("outcome").setHeader(getTranslation("imports.col.outcome"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(this::leadLink)).setKey("lead").setHeader(getTranslation("imports.col.lead"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.column() == null ? "" : r.column()).setKey("column").setHeader(getTranslation("imports.col.column"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.reason() == null ? "" : r.reason()).setKey("reason").setHeader(getTranslation("imports.col.reason"))
                .setFlexGrow(1);
        Span empty = new Span(getTranslation("imports.grid.empty"));
        empty.addClassName("empty-state");
        empty.setId("import-grid-empty");
        grid.setEmptyStateComponent(empty);
        grid.setAllRowsVisible(false);
        grid.setHeight("28rem");
    }

    void show(List<ImportRow> result) {
        rows = List.copyOf(result);
        counts.removeAll();
        counts.add(count("rows", "imports.count.rows", rows.size()));
        counts.add(count("created", "imports.count.created", tally(ImportOutcome.CREATED)));
        counts.add(count("linked", "imports.count.linked", tally(ImportOutcome.LINKED)));
        counts.add(count("rejected", "imports.count.rejected", tally(ImportOutcome.REJECTED)));
        counts.add(count("already", "imports.count.alreadyImported", tally(ImportOutcome.ALREADY_IMPORTED)));
        provider = new ListDataProvider<>(new ArrayList<>(rows));
        grid.setItems(provider);
        outcome.clear();
        setVisible(true);
    }

    private void filter() {
        ImportOutcome wanted = outcome.getValue();
        provider.setFilter(r -> wanted == null || r.outcome() == wanted);
    }

    private long tally(ImportOutcome o) {
        return rows.stream().filter(r -> r.outcome() == o).count();
    }

    private Component count(String id, String key, long value) {
        Span number = new Span(String.valueOf(value));
        number.setId("import-count-" + id);
        number.addClassName("kpi-value");
        Div card = new Div(new Div(getTranslation(key)), number);
        card.addClassName("card");
        return card;
    }

    private Component badge(ImportRow row) {
        Span badge = new Span(label(row.outcome()));
        badge.getElement().setAttribute("theme", switch (row.outcome()) {
            case CREATED -> "badge success";
            case LINKED -> "badge";
            case REJECTED -> "badge error";
            case ALREADY_IMPORTED -> "badge contrast";
        });
        badge.getElement().setAttribute("data-outcome", row.outcome().name());
        return badge;
    }

    private Component leadLink(ImportRow row) {
        if (row.leadId() == null) {
            return new Span();
        }
        RouterLink link = new RouterLink(getTranslation("imports.lead.open"), LeadView.class, LeadView.params(row.leadId()));
        link.getElement().setAttribute("data-lead", row.leadId());
        return link;
    }

    private String label(ImportOutcome o) {
        return getTranslation("imports.outcome." + o.name());
    }

    /** What the report file needs, read with the screen's language (the file is written outside the UI's lock). */
    private ReportInput reportInput() {
        List<String> headers = List.of(getTranslation("imports.col.row"), getTranslation("imports.col.outcome"),
                getTranslation("imports.col.lead"), getTranslation("imports.col.column"), getTranslation("imports.col.reason"));
        Map<ImportOutcome, String> labels = new EnumMap<>(ImportOutcome.class);
        for (ImportOutcome o : ImportOutcome.values()) {
            labels.put(o, label(o));
        }
        return new ReportInput(rows, headers, labels, getTranslation("imports.report.sheet"));
    }

    private record ReportInput(List<ImportRow> rows, List<String> headers, Map<ImportOutcome, String> labels, String sheet) {
        Spreadsheet write(boolean xlsx) {
            return ImportReport.write(rows, xlsx, sheet, headers, labels::get, sheet);
        }
    }
}
