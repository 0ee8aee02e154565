package cn.jinghai.crm.referral.ui;

import cn.jinghai.crm.chain.application.ChainService;
import cn.jinghai.crm.referral.api.ReferralId;
import cn.jinghai.crm.referral.application.ReferralService;
import cn.jinghai.crm.unit.application.UnitService;

import cn.jinghai.crm.ui.support.Secondary;
import cn.jinghai.crm.unit.readmodel.UnitView;
import cn.jinghai.crm.referral.readmodel.ReferralView;
import cn.jinghai.crm.referral.api.ReferralStatus;
import cn.jinghai.crm.ui.support.Notices;
import cn.jinghai.crm.ui.support.ReasonDialog;
import cn.jinghai.crm.ui.support.Amounts;
import cn.jinghai.crm.ui.support.Dates;
import cn.jinghai.crm.ui.support.UiErrors;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The referral inbox (大使推荐): submitted referrals to accept into a lead or decline, and the decided ones. */
@Route("referrals")
@Menu(order = 21, title = "nav.referrals", icon = "vaadin:handshake")
@RolesAllowed("DISTRICT_OFFICE")
public class ReferralInboxView extends Main implements HasDynamicTitle {

    private final ReferralService service;
    private final UnitService unitService;
    private final ChainService chainService;
    private final UiErrors errors;
    private final Tabs tabs = new Tabs();
    private final Map<Tab, ReferralStatus> tabStatus = new HashMap<>();
    private final Grid<ReferralView> grid = new Grid<>();
    private final Div empty = new Div();
    private final List<ReferralView> shown = new ArrayList<>();
    private Function<String, String> unitLabel = code -> code;

    public ReferralInboxView(ReferralService service, UnitService unitService, ChainService chainService,
                             UiErrors errors) {
        this.service = service;
        this.unitService = unitService;
        this.chainService = chainService;
        this.errors = errors;
        addClassName("view");
        setId("referrals-view");
        Map<ReferralStatus, Tab> byStatus = new EnumMap<>(ReferralStatus.class);
        for (ReferralStatus s : ReferralStatus.values()) {
            Tab tab = new Tab(getTranslation("office.referral." + s.name()));
            tab.setId("referrals-tab-" + s.name());
            tabStatus.put(tab, s);
            byStatus.put(s, tab);
            tabs.add(tab);
        }
        tabs.setSelectedTab(byStatus.get(ReferralStatus.SUBMITTED));
        tabs.addSelectedChangeListener(e -> refresh());
        tabs.setId("referrals-tabs");

        grid.setId("referrals-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(this::company).setHeader(getTranslation("office.referrals.col.company")).setFlexGrow(3);
        grid.addColumn(ReferralView::contact).setHeader(getTranslation("office.referrals.col.contact")).setFlexGrow(2);
        grid.addColumn(ReferralView::notes).setHeader(getTranslation("office.referrals.col.notes")).setFlexGrow(4);
        grid.addComponentColumn(r -> r.expectedInvestmentCny() == null ? new Span("—")
                        : Amounts.span(new BigDecimal(r.expectedInvestmentCny()), getLocale()))
                .setHeader(getTranslation("office.referrals.col.expected"));
        grid.addColumn(ReferralView::ambassador).setHeader(getTranslation("office.referrals.col.ambassador"));
        grid.addColumn(r -> Dates.format(r.submittedAt())).setHeader(getTranslation("office.referrals.col.submitted"));
        grid.addComponentColumn(this::outcome).setHeader(getTranslation("office.referrals.col.outcome")).setFlexGrow(2);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("office.referrals.col.actions")).setFlexGrow(2);
        grid.setHeight("70vh");
        empty.setId("referrals-empty");
        empty.addClassName("empty-state");
        add(new H2(getTranslation("office.referrals.title")), tabs, grid, empty);
        loadUnitNames();
        refresh();
    }

    private ReferralStatus status() {
        return tabStatus.getOrDefault(tabs.getSelectedTab(), ReferralStatus.SUBMITTED);
    }

    private void loadUnitNames() {
        try {
            Map<String, String> names = new HashMap<>();
            unitService.units().forEach(u -> names.put(u.code(), u.name()));
            unitLabel = UnitService.unitLabel(names);
        } catch (RuntimeException e) {
            errors.show(e);
        }
    }

    private void refresh() {
        shown.clear();
        try {
            shown.addAll(service.inbox(status()));
        } catch (RuntimeException e) {
            errors.show(e);
        }
        showItems();
    }

    private void showItems() {
        grid.setItems(shown);
        grid.setVisible(!shown.isEmpty());
        empty.setVisible(shown.isEmpty());
        empty.setText(getTranslation("office.referrals.empty", getTranslation("office.referral." + status().name())));
    }

    private Component company(ReferralView r) {
        Span code = new Span(r.creditCode() == null ? getTranslation("office.referrals.noCreditCode") : r.creditCode());
        Secondary.style(code);
        return new Div(new Div(new Span(r.companyName())), new Div(code));
    }

    /** For a decided referral: its lead (unit and link) or the decline reason. */
    private Component outcome(ReferralView r) {
        if (r.leadId() != null) {
            Anchor lead = new Anchor("leads/" + r.leadId(), getTranslation("office.referrals.openLead"));
            lead.setId("referral-lead-" + r.id());
            Span where = new Span(unitLabel.apply(r.unitCode())
                    + (r.stage() == null ? "" : " · " + getTranslation("office.stage." + r.stage().name())));
            return new Div(new Div(where), new Div(lead));
        }
        if (r.declineReason() != null) {
            return new Span(getTranslation("office.referrals.declinedBecause", r.declineReason()));
        }
        return new Span(getTranslation("office.referral." + r.status().name()));
    }

    private Component actions(ReferralView r) {
        HorizontalLayout cell = new HorizontalLayout();
        if (r.status() != ReferralStatus.SUBMITTED) {
            return cell;
        }
        Button accept = new Button(getTranslation("office.referrals.accept"), e -> openAccept(r));
        accept.setId("accept-" + r.id());
        accept.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_SUCCESS);
        Button decline = new Button(getTranslation("office.referrals.decline"), e -> new ReasonDialog(
                getTranslation("office.referrals.decline.title", r.companyName()), getTranslation("office.referrals.decline"),
                reason -> decline(r, reason)).open());
        decline.setId("decline-" + r.id());
        decline.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        cell.add(accept, decline);
        return cell;
    }

    private void openAccept(ReferralView r) {
        List<UnitView> units;
        try {
            units = unitService.units();
            AcceptReferralDialog[] dialog = new AcceptReferralDialog[1];
            dialog[0] = new AcceptReferralDialog(r, units, chainService.chains(), form -> {
                try {
                    String leadId = service.accept(new ReferralId(r.id()), form).value();
                    dialog[0].close();
                    shown.remove(r);
                    showItems();
                    Anchor link = new Anchor("leads/" + leadId, getTranslation("office.referrals.openLead"));
                    link.setId("accepted-lead-link");
                    Notices.success(new Span(getTranslation("office.referrals.accepted", r.companyName()) + " "), link);
                } catch (RuntimeException e) {
                    errors.show(e);
                }
            });
            dialog[0].open();
        } catch (RuntimeException e) {
            errors.show(e);
        }
    }

    private void decline(ReferralView r, String reason) {
        try {
            service.decline(new ReferralId(r.id()), reason);
            shown.remove(r);
            showItems();
            Notices.success(getTranslation("office.referrals.declined", r.companyName()));
        } catch (RuntimeException e) {
            errors.show(e);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("office.referrals.title");
    }
}
