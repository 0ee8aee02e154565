package cn.jinghai.crm.figures.ui;

import cn.jinghai.crm.lead.readmodel.pipeline.PipelineView;
import cn.jinghai.crm.ui.support.Dates;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;

import java.util.Map;

/** Key projects with no activity for 30 days or more, longest silence first; a row opens the lead. */
class StalledGrid extends Grid<PipelineView.StalledLead> {

    StalledGrid(Map<String, String> units) {
        super(PipelineView.StalledLead.class, false);
        setId("stalled-grid");
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        setAllRowsVisible(true);
        addColumn(PipelineView.StalledLead::companyName).setHeader(getTranslation("dash.drill.company")).setFlexGrow(3);
        addColumn(PipelineView.StalledLead::projectName).setHeader(getTranslation("dash.drill.project")).setFlexGrow(3);
        addColumn(s -> units.getOrDefault(s.unitCode(), s.unitCode())).setHeader(getTranslation("dash.drill.unit"));
        addColumn(s -> Dates.format(s.lastActivity())).setHeader(getTranslation("dash.stalled.lastActivity"));
        addColumn(PipelineView.StalledLead::daysWithoutActivity).setHeader(getTranslation("dash.stalled.days"))
                .setTextAlign(ColumnTextAlign.END);
        setPartNameGenerator(s -> "stalled");
        setEmptyStateText(getTranslation("dash.stalled.empty"));
        addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("leads/" + e.getItem().leadId())));
    }
}
