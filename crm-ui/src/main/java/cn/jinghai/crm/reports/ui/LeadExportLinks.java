package cn.jinghai.crm.reports.ui;

import cn.jinghai.crm.reports.application.LeadListExport;
import cn.jinghai.crm.lead.api.Stage;
import cn.jinghai.crm.ui.support.UiErrors;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

import java.util.function.Supplier;

/**
 * "Export xlsx / Export csv" for the lead list: the file holds what the list shows, with the filters
 * on screen when the link is clicked (unit, stage, search), written like {@code GET /api/leads/export}.
 */
public class LeadExportLinks extends HorizontalLayout {

    /** The lead list's filters at one moment. */
    public record Filters(String unit, Stage stage, String search) {
    }

    public LeadExportLinks(LeadListExport export, UiErrors errors, Supplier<Filters> filters) {
        setId("lead-export");
        setAlignItems(FlexComponent.Alignment.CENTER);
        add(link("xlsx", export, errors, filters), link("csv", export, errors, filters));
    }

    private com.vaadin.flow.component.html.Anchor link(String format, LeadListExport export, UiErrors errors,
                                                      Supplier<Filters> filters) {
        return FileLinks.link("lead-export-" + format, getTranslation("imports.export." + format), filters,
                (f, address) -> export.write(format, f.unit(), f.stage(), f.search(), address), errors);
    }
}
