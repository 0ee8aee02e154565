package cn.jinghai.crm.lead.ui;

import cn.jinghai.crm.lead.readmodel.detail.LeadHistoryEntry;
import cn.jinghai.crm.lead.readmodel.detail.TrancheView;
import cn.jinghai.crm.ui.support.Amounts;
import cn.jinghai.crm.ui.support.Dates;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.data.renderer.ComponentRenderer;

import java.util.ArrayList;
import java.util.List;

/** The lead page's tabs: timeline of every event, activities, tranches. Each list has its empty state. */
class LeadTabs extends TabSheet {

    LeadTabs(List<LeadHistoryEntry> history, List<Activities.Entry> activities, List<TrancheView> tranches) {
        setId("lead-tabs");
        setWidthFull();
        add(getTranslation("leads.tab.timeline"), timeline(history)).setId("tab-timeline");
        add(getTranslation("leads.tab.activities", activities.size()), activities(activities)).setId("tab-activities");
        add(getTranslation("leads.tab.tranches", tranches.size()), tranches(tranches)).setId("tab-tranches");
    }

    private Grid<LeadHistoryEntry> timeline(List<LeadHistoryEntry> history) {
        Grid<LeadHistoryEntry> grid = new Grid<>();
        grid.setId("lead-timeline");
        grid.addColumn(e -> Dates.format(e.recordedAt())).setHeader(getTranslation("leads.history.when")).setAutoWidth(true);
        grid.addColumn(e -> e.recordedBy() == null ? "—" : e.recordedBy()).setHeader(getTranslation("leads.history.who"))
                .setAutoWidth(true);
        grid.addColumn(e -> getTranslation("leads.event." + e.type())).setHeader(getTranslation("leads.history.type"))
                .setAutoWidth(true);
        grid.addColumn(e -> HistoryText.summary(e.data(), this::getTranslation, getLocale()))
                .setHeader(getTranslation("leads.history.summary")).setFlexGrow(3);
        List<LeadHistoryEntry> newestFirst = new ArrayList<>(history);
        java.util.Collections.reverse(newestFirst);
        grid.setItems(newestFirst);
        grid.setEmptyStateText(getTranslation("leads.history.empty"));
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Grid<Activities.Entry> activities(List<Activities.Entry> activities) {
        Grid<Activities.Entry> grid = new Grid<>();
        grid.setId("lead-activities");
        grid.addColumn(e -> Dates.format(e.activity().date())).setHeader(getTranslation("leads.activity.date")).setAutoWidth(true);
        grid.addColumn(e -> getTranslation("leads.activity." + e.activity().type().name()))
                .setHeader(getTranslation("leads.activity.type")).setAutoWidth(true);
        grid.addColumn(e -> e.activity().notes()).setHeader(getTranslation("leads.activity.notes")).setFlexGrow(3);
        grid.addColumn(e -> e.activity().participants()).setHeader(getTranslation("leads.activity.participants"));
        grid.addColumn(e -> e.activity().nextStep()).setHeader(getTranslation("leads.activity.nextStep"));
        grid.addColumn(e -> Dates.format(e.activity().nextStepDate())).setHeader(getTranslation("leads.activity.nextStepDate"))
                .setAutoWidth(true);
        grid.addColumn(Activities.Entry::recordedBy).setHeader(getTranslation("leads.history.who")).setAutoWidth(true);
        grid.setItems(activities);
        grid.setEmptyStateText(getTranslation("leads.activity.empty"));
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Grid<TrancheView> tranches(List<TrancheView> tranches) {
        Grid<TrancheView> grid = new Grid<>();
        grid.setId("lead-tranches");
        grid.addColumn(t -> Dates.format(t.arrivalDate())).setHeader(getTranslation("leads.tranche.arrival")).setAutoWidth(true);
        grid.addColumn(t -> t.amount().toPlainString() + " " + t.currency()).setHeader(getTranslation("leads.tranche.amount"))
                .setAutoWidth(true);
        grid.addColumn(t -> t.rateToCny().toPlainString()).setHeader(getTranslation("leads.tranche.rate")).setAutoWidth(true);
        grid.addColumn(new ComponentRenderer<>(t -> Amounts.span(t.amountCny().value(), getLocale())))
                .setHeader(getTranslation("leads.tranche.cny")).setAutoWidth(true);
        grid.addColumn(t -> getTranslation("leads.origin." + t.origin().name())).setHeader(getTranslation("leads.tranche.origin"))
                .setAutoWidth(true);
        grid.addColumn(TrancheView::evidence).setHeader(getTranslation("leads.tranche.evidence"));
        grid.addColumn(new ComponentRenderer<>(t -> {
            Span badge = Badges.tranche(t.status(), getTranslation("leads.tranche." + t.status().name()));
            if (t.statusReason() != null) {
                badge.setTitle(t.statusReason());
            }
            return badge;
        })).setHeader(getTranslation("leads.tranche.status")).setAutoWidth(true);
        grid.addColumn(TrancheView::reportedBy).setHeader(getTranslation("leads.tranche.reportedBy")).setAutoWidth(true);
        grid.setItems(tranches);
        grid.setEmptyStateText(getTranslation("leads.tranche.empty"));
        grid.setAllRowsVisible(true);
        return grid;
    }
}
