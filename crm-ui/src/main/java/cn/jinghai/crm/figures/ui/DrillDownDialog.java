package cn.jinghai.crm.figures.ui;

import cn.jinghai.crm.common.api.CnyAmount;
import cn.jinghai.crm.figures.readmodel.BeijingProjectView;
import cn.jinghai.crm.figures.readmodel.ContributionView;
import cn.jinghai.crm.ui.support.Amounts;
import cn.jinghai.crm.ui.support.Dates;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The leads and tranches behind a number: each verified tranche that counts (or each Beijing project),
 * with the total, which equals the number clicked. A row opens the lead, where the tranche's history is.
 */
class DrillDownDialog extends Dialog {

    private DrillDownDialog(String title) {
        setId("drilldown-dialog");
        setHeaderTitle(title);
        setWidth("min(1100px, 96vw)");
        setResizable(true);
        Button close = new Button(getTranslation("common.close"), e -> close());
        close.setId("drilldown-close");
        getFooter().add(close);
    }

    static DrillDownDialog tranches(String title, List<ContributionView> rows, Locale locale, Map<String, String> units,
                                    Map<String, String> chains) {
        DrillDownDialog dialog = new DrillDownDialog(title);
        Grid<ContributionView> grid = new Grid<>(ContributionView.class, false);
        grid.setId("drilldown-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(ContributionView::companyName).setHeader(dialog.getTranslation("dash.drill.company")).setFlexGrow(3)
                .setTooltipGenerator(ContributionView::projectName);
        grid.addColumn(c -> units.getOrDefault(c.creditedUnit(), c.creditedUnit())).setHeader(dialog.getTranslation("dash.drill.unit"));
        grid.addColumn(c -> chains.getOrDefault(c.industryChain(), c.industryChain())).setHeader(dialog.getTranslation("dash.drill.chain"));
        grid.addColumn(c -> dialog.getTranslation("channel." + c.channel())).setHeader(dialog.getTranslation("dash.drill.channel"));
        grid.addColumn(c -> dialog.getTranslation("origin." + c.origin().name())).setHeader(dialog.getTranslation("dash.drill.origin"));
        grid.addColumn(c -> Dates.format(c.arrivalDate())).setHeader(dialog.getTranslation("dash.drill.arrival"));
        CnyAmount total = rows.stream().map(ContributionView::amountCny).reduce(CnyAmount.ZERO, CnyAmount::plus);
        grid.addComponentColumn(c -> Amounts.span(c.amountCny().value(), locale)).setHeader(dialog.getTranslation("dash.drill.amount"))
                .setTextAlign(ColumnTextAlign.END)
                .setFooter(Amounts.span(total.value(), locale));
        return dialog.show(grid, rows, ContributionView::leadId);
    }

    static DrillDownDialog beijing(String title, List<BeijingProjectView> rows, Map<String, String> units) {
        DrillDownDialog dialog = new DrillDownDialog(title);
        Grid<BeijingProjectView> grid = new Grid<>(BeijingProjectView.class, false);
        grid.setId("drilldown-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(BeijingProjectView::companyName).setHeader(dialog.getTranslation("dash.drill.company")).setFlexGrow(3);
        grid.addColumn(BeijingProjectView::projectName).setHeader(dialog.getTranslation("dash.drill.project")).setFlexGrow(3);
        grid.addColumn(p -> units.getOrDefault(p.ownerUnit(), p.ownerUnit())).setHeader(dialog.getTranslation("dash.drill.unit"));
        grid.addColumn(p -> Dates.format(p.firstSigned())).setHeader(dialog.getTranslation("dash.drill.signed"));
        return dialog.show(grid, rows, BeijingProjectView::leadId);
    }

    /** Fills the grid, opens a row's lead on click, and shows how many rows there are. */
    private <T> DrillDownDialog show(Grid<T> grid, List<T> rows, java.util.function.Function<T, String> leadId) {
        grid.setItems(rows);
        grid.setEmptyStateText(getTranslation("dash.drill.empty"));
        grid.addItemClickListener(e -> {
            close();
            getUI().ifPresent(ui -> ui.navigate("leads/" + leadId.apply(e.getItem())));
        });
        Span count = new Span(getTranslation("dash.drill.count", rows.size()));
        count.setId("drilldown-count");
        add(count, grid);
        return this;
    }
}
