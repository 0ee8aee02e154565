package cn.jinghai.crm.figures.ui;

import cn.jinghai.crm.figures.readmodel.RankingRow;
import cn.jinghai.crm.ui.support.Amounts;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The unit ranking that decides rewards: rank, completion of the quota, reward tier, and the staffing
 * flag (fewer than a third of the staff on investment work full time). The viewer's own unit is marked.
 */
class RankingGrid extends Grid<RankingRow> {

    RankingGrid(Locale locale, Map<String, String> unitNames, String ownUnit) {
        super(RankingRow.class, false);
        setId("ranking-grid");
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        setAllRowsVisible(true);
        addColumn(RankingRow::rank).setHeader(getTranslation("dash.ranking.rank")).setWidth("4.5em").setFlexGrow(0);
        addColumn(r -> unitNames.getOrDefault(r.unitCode(), r.unitCode())).setHeader(getTranslation("dash.ranking.unit"))
                .setFlexGrow(3);
        addComponentColumn(r -> Amounts.span(r.quotaCny().value(), locale)).setHeader(getTranslation("dash.ranking.quota"))
                .setTextAlign(ColumnTextAlign.END);
        addComponentColumn(r -> Amounts.span(r.creditedCny().value(), locale)).setHeader(getTranslation("dash.ranking.credited"))
                .setTextAlign(ColumnTextAlign.END);
        addColumn(r -> Amounts.percent(new BigDecimal(r.completionRate()))).setHeader(getTranslation("dash.ranking.rate"))
                .setTextAlign(ColumnTextAlign.END);
        addComponentColumn(r -> badge(r.completed() ? "dash.ranking.completed" : "dash.ranking.open",
                r.completed() ? "success" : "contrast")).setHeader(getTranslation("dash.ranking.status"));
        addComponentColumn(r -> r.rewardCny().value().signum() == 0 ? new Span("—") : Amounts.span(r.rewardCny().value(), locale))
                .setHeader(getTranslation("dash.ranking.reward")).setTextAlign(ColumnTextAlign.END);
        addComponentColumn(r -> {
            Span s = new Span(r.dedicatedStaff() + " / " + r.staff());
            if (!r.staffingMet()) {
                s.getElement().getThemeList().add("badge error");
                s.getElement().setAttribute("title", getTranslation("dash.ranking.staffingLow"));
            }
            return s;
        }).setHeader(getTranslation("dash.ranking.staff"));
        if (ownUnit != null) {
            setPartNameGenerator(r -> ownUnit.equals(r.unitCode()) ? "own-unit" : null);
        }
        setEmptyStateText(getTranslation("dash.ranking.empty"));
    }

    void show(List<RankingRow> rows) {
        setItems(rows);
    }

    private Span badge(String key, String theme) {
        Span s = new Span(getTranslation(key));
        s.getElement().getThemeList().add("badge " + theme);
        return s;
    }
}
