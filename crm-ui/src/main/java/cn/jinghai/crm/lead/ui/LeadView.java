package cn.jinghai.crm.lead.ui;

import cn.jinghai.crm.common.api.DomainException;
import cn.jinghai.crm.common.api.ErrorCode;
import cn.jinghai.crm.chain.application.ChainService;
import cn.jinghai.crm.funding.application.FundingService;
import cn.jinghai.crm.lead.api.LeadId;
import cn.jinghai.crm.lead.api.Stage;
import cn.jinghai.crm.lead.application.LeadService;
import cn.jinghai.crm.unit.application.UnitService;
import cn.jinghai.crm.lead.readmodel.detail.LeadHistoryEntry;
import cn.jinghai.crm.unit.readmodel.ChainView;
import cn.jinghai.crm.unit.readmodel.UnitView;
import cn.jinghai.crm.lead.ui.forms.ActivityDialog;
import cn.jinghai.crm.lead.ui.forms.LeadFormDialog;
import cn.jinghai.crm.lead.ui.forms.ReassignDialog;
import cn.jinghai.crm.lead.ui.forms.StageMoveDialog;
import cn.jinghai.crm.lead.ui.forms.TrancheDialog;
import cn.jinghai.crm.ui.support.CurrentUser;
import cn.jinghai.crm.ui.support.Dates;
import cn.jinghai.crm.ui.support.UiErrors;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.contextmenu.ContextMenu;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One lead: its details, next step, timeline, activities and tranches, and, for those who work it,
 * the actions (move stage, edit, record activity, report tranche, reassign). An unknown id and
 * another unit's lead look the same: "not found", nothing else.
 */
@Route("leads/:id")
@RolesAllowed({"PARK_TEAM", "DISTRICT_OFFICE", "LEADERSHIP"})
public class LeadView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LeadService service;
    private final FundingService funding;
    private final UnitService unitService;
    private final ChainService chainService;
    private final CurrentUser user;
    private final UiErrors errors;
    private String id;
    private cn.jinghai.crm.lead.readmodel.detail.LeadView lead;
    private List<UnitView> units;
    private List<ChainView> chains;

    public LeadView(LeadService service, FundingService funding, UnitService unitService, ChainService chainService,
                    CurrentUser user, UiErrors errors) {
        this.service = service;
        this.funding = funding;
        this.unitService = unitService;
        this.chainService = chainService;
        this.user = user;
        this.errors = errors;
        addClassName("view");
        setId("lead-page");
    }

    public static RouteParameters params(String id) {
        return new RouteParameters("id", id);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().get("id").orElse("");
        load();
    }

    private void load() {
        removeAll();
        List<LeadHistoryEntry> history;
        try {
            lead = service.lead(new LeadId(id));
            history = service.history(new LeadId(id));
        } catch (RuntimeException failure) {
            DomainException refusal = UiErrors.refusal(failure);
            if (refusal != null && refusal.code() == ErrorCode.NOT_FOUND || failure instanceof IllegalArgumentException) {
                notFound();
                return;
            }
            throw failure;
        }
        if (units == null) {
            units = unitService.units();
            chains = chainService.chains();
        }
        Map<String, String> unitNames = units.stream().collect(Collectors.toMap(UnitView::code, UnitView::name));
        Map<String, String> chainNames = chains.stream().collect(Collectors.toMap(ChainView::code, ChainView::name));
        List<Activities.Entry> activities = Activities.of(history);
        add(header(), actions(), new LeadDetailsPanel(lead, unitNames, chainNames), nextStep(activities),
                new LeadTabs(history, activities, lead.tranches()));
    }

    private void notFound() {
        lead = null;
        Div box = new Div();
        box.setId("lead-not-found");
        box.addClassName("empty-state");
        box.add(new H2(getTranslation("leads.notFound.title")), new Div(getTranslation("leads.notFound.text")),
                new RouterLink(getTranslation("leads.backToList"), LeadListView.class));
        add(box);
    }

    private HorizontalLayout header() {
        H2 title = new H2(lead.companyName() + " · " + lead.projectName());
        title.setId("lead-title");
        Span stage = Badges.stage(lead.stage(), getTranslation("leads.stage." + lead.stage().name()));
        stage.setId("lead-stage");
        HorizontalLayout header = new HorizontalLayout(new RouterLink(getTranslation("leads.backToList"), LeadListView.class),
                title, stage);
        if (lead.keyProject()) {
            header.add(Badges.key(getTranslation("leads.badge.key")));
        }
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWrap(true);
        return header;
    }

    private HorizontalLayout actions() {
        HorizontalLayout bar = new HorizontalLayout();
        bar.setId("lead-actions");
        bar.setWrap(true);
        if (!LeadAccess.mayWork(user, lead.unitCode())) {
            return bar;
        }
        Button move = button("lead-move", "leads.action.move", VaadinIcon.ARROW_RIGHT);
        move.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ContextMenu stages = new ContextMenu(move);
        stages.setOpenOnClick(true);
        for (Stage target : Stage.values()) {
            if (target != lead.stage()) {
                stages.addItem(getTranslation("leads.stage." + target.name()), e -> openMove(target)).setId("move-to-" + target.name());
            }
        }
        bar.add(move,
                button("lead-record-activity", "leads.action.activity", VaadinIcon.COMMENT, this::openActivity),
                button("lead-report-tranche", "leads.action.tranche", VaadinIcon.MONEY, this::openTranche),
                button("lead-edit", "leads.action.edit", VaadinIcon.EDIT, this::openEdit));
        if (LeadAccess.mayReassign(user, lead.unitCode())) {
            bar.add(button("lead-reassign", "leads.action.reassign", VaadinIcon.EXCHANGE, this::openReassign));
        }
        return bar;
    }

    private Div nextStep(List<Activities.Entry> activities) {
        Div box = new Div();
        box.addClassName("card");
        box.setId("lead-next-step");
        box.add(new H3(getTranslation("leads.nextStep")));
        Activities.nextStep(activities, Dates.today()).ifPresentOrElse(next -> {
            Span text = new Span((next.text() == null ? "" : next.text())
                    + (next.date() == null ? "" : " · " + Dates.format(next.date())));
            text.setId("lead-next-step-text");
            box.add(text);
            if (next.overdue()) {
                Span overdue = new Span(getTranslation("leads.nextStep.overdue"));
                overdue.setId("lead-next-step-overdue");
                overdue.getElement().setAttribute("theme", "badge error");
                text.addClassName("stalled");
                box.add(new Span(" "), overdue);
            }
        }, () -> {
            Span none = new Span(getTranslation("leads.nextStep.none"));
            none.addClassName("empty-state");
            box.add(none);
        });
        return box;
    }

    private Button button(String id, String key, VaadinIcon icon, Runnable action) {
        Button b = button(id, key, icon);
        b.addClickListener(e -> action.run());
        return b;
    }

    private Button button(String id, String key, VaadinIcon icon) {
        Button b = new Button(getTranslation(key), icon.create());
        b.setId(id);
        return b;
    }

    private void openMove(Stage target) {
        StageMoveDialog dialog = new StageMoveDialog(lead.stage(), target);
        Forms.onSave(dialog, errors, data -> {
            service.moveStage(new LeadId(id), lead.version(), data);
            saved();
        }, this::load);
        dialog.open();
    }

    private void openActivity() {
        ActivityDialog dialog = new ActivityDialog();
        Forms.onSave(dialog, errors, data -> {
            service.recordActivity(new LeadId(id), lead.version(), data);
            saved();
        }, this::load);
        dialog.open();
    }

    private void openTranche() {
        TrancheDialog dialog = new TrancheDialog(lead.capitalOrigin());
        Forms.onSave(dialog, errors, data -> {
            funding.report(new LeadId(id), lead.version(), data, null);
            saved();
        }, this::load);
        dialog.open();
    }

    private void openEdit() {
        LeadFormDialog dialog = new LeadFormDialog(chains, units, null, lead);
        Forms.onSave(dialog, errors, data -> {
            if (!data.fieldsGiven().isEmpty()) {
                service.updateDetails(new LeadId(id), lead.version(), data.toChanges());
            }
            saved();
        }, this::load);
        dialog.open();
    }

    private void openReassign() {
        ReassignDialog dialog = new ReassignDialog(units, lead.unitCode());
        Forms.onSave(dialog, errors, data -> {
            service.reassign(new LeadId(id), lead.version(), data);
            saved();
        }, this::load);
        dialog.open();
    }

    private void saved() {
        com.vaadin.flow.component.notification.Notification n = com.vaadin.flow.component.notification.Notification
                .show(getTranslation("common.saved"), 2500, com.vaadin.flow.component.notification.Notification.Position.BOTTOM_START);
        n.addThemeVariants(com.vaadin.flow.component.notification.NotificationVariant.LUMO_SUCCESS);
        load();
    }

    @Override
    public String getPageTitle() {
        return lead == null ? getTranslation("leads.notFound.title")
                : lead.companyName() + " | " + getTranslation("nav.leads");
    }
}
