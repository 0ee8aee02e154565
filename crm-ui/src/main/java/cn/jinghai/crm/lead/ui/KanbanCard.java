package cn.jinghai.crm.lead.ui;

import cn.jinghai.crm.lead.api.Stage;
import cn.jinghai.crm.lead.readmodel.list.LeadSummary;
import cn.jinghai.crm.ui.support.Amounts;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import java.math.BigDecimal;

/**
 * A lead on the board: company, project, planned amount, key-project badge, unit. It remembers the
 * lead's stage and version as the board last knew them (a move sends that version as If-Match).
 */
class KanbanCard extends Div {

    private final LeadSummary lead;
    private Stage stage;
    private long version;

    KanbanCard(LeadSummary lead, String unitName, String keyLabel) {
        this.lead = lead;
        this.stage = lead.stage();
        this.version = lead.version();
        addClassName("kanban-card");
        setId("card-" + lead.id());
        getElement().setAttribute("data-company", lead.companyName());
        Div company = new Div(new Span(lead.companyName()));
        company.getStyle().set("font-weight", "600");
        if (lead.keyProject()) {
            company.add(new Span(" "), Badges.key(keyLabel));
        }
        Div project = new Div(lead.projectName());
        Div meta = new Div(Amounts.span(new BigDecimal(lead.plannedInvestmentCny()), getLocale()), new Span(" · " + unitName));
        meta.addClassName("kpi-sub");
        add(company, project, meta);
    }

    String leadId() {
        return lead.id();
    }

    Stage stage() {
        return stage;
    }

    long version() {
        return version;
    }

    void moved(Stage to, long newVersion) {
        this.stage = to;
        this.version = newVersion;
    }
}
