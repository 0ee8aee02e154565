package cn.jinghai.crm.funding.ui;

import cn.jinghai.crm.lead.api.TrancheStatus;
import cn.jinghai.crm.unit.readmodel.UnitView;
import cn.jinghai.crm.funding.readmodel.QueuedTranche;
import cn.jinghai.crm.ui.support.Notices;
import cn.jinghai.crm.funding.application.FundingService;
import cn.jinghai.crm.lead.api.LeadId;
import cn.jinghai.crm.ui.support.CurrentUser;
import cn.jinghai.crm.unit.application.UnitService;
import cn.jinghai.crm.ui.support.ReasonDialog;
import cn.jinghai.crm.ui.support.UiErrors;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The funding verification queue (资金到位核实): reported tranches to verify or reject, verified ones to reverse. */
@Route("funding")
@Menu(order = 20, title = "nav.funding", icon = "vaadin:money-exchange")
@RolesAllowed("DISTRICT_OFFICE")
public class VerificationQueueView extends Main implements HasDynamicTitle {

    private static final String ALL_UNITS = "";

    private final FundingService service;
    private final UnitService units;
    private final CurrentUser user;
    private final UiErrors errors;
    private final Select<TrancheStatus> status = new Select<>();
    private final Select<String> unit = new Select<>();
    private final Grid<QueuedTranche> grid = new Grid<>();
    private final Div empty = new Div();
    private final List<QueuedTranche> shown = new ArrayList<>();
    private Function<String, String> unitLabel = code -> code;

    public VerificationQueueView(FundingService service, UnitService units, CurrentUser user, UiErrors errors) {
        this.service = service;
        this.units = units;
        this.user = user;
        this.errors = errors;
        addClassName("view");
        setId("funding-view");
        H2 title = new H2(getTranslation("office.funding.title"));

        status.setId("funding-status");
        status.setLabel(getTranslation("office.funding.filter.status"));
        status.setItems(TrancheStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("office.tranche." + s.name()));
        status.setValue(TrancheStatus.REPORTED);
        status.addValueChangeListener(e -> refresh());

        unit.setId("funding-unit");
        unit.setLabel(getTranslation("office.funding.filter.unit"));
        unit.addValueChangeListener(e -> refresh());

        Button reload = new Button(getTranslation("common.refresh"), VaadinIcon.REFRESH.create(), e -> refresh());
        reload.setId("funding-refresh");
        HorizontalLayout filters = new HorizontalLayout(status, unit, reload);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        new TrancheColumns(grid, () -> unitLabel, this::getLocale).addTo(this::actions);
        grid.setId("funding-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(false);
        grid.setHeight("70vh");
        empty.setId("funding-empty");
        empty.addClassName("empty-state");
        add(title, filters, grid, empty);
        loadUnits();
        refresh();
    }

    private void loadUnits() {
        try {
            List<UnitView> units = this.units.units();
            Map<String, String> names = new HashMap<>();
            units.forEach(u -> names.put(u.code(), u.name()));
            unitLabel = UnitService.unitLabel(names);
            List<String> codes = new ArrayList<>();
            codes.add(ALL_UNITS);
            units.forEach(u -> codes.add(u.code()));
            unit.setItems(codes);
            unit.setItemLabelGenerator(c -> c.isEmpty() ? getTranslation("common.all") : unitLabel.apply(c));
            unit.setValue(ALL_UNITS);
        } catch (RuntimeException e) {
            errors.show(e);
        }
    }

    private void refresh() {
        shown.clear();
        try {
            String unitCode = unit.getValue() == null || unit.getValue().isEmpty() ? null : unit.getValue();
            shown.addAll(service.queue(status.getValue(), unitCode));
        } catch (RuntimeException e) {
            errors.show(e);
        }
        showItems();
    }

    private void showItems() {
        grid.setItems(shown);
        boolean none = shown.isEmpty();
        grid.setVisible(!none);
        empty.setVisible(none);
        empty.setText(getTranslation("office.funding.empty", getTranslation("office.tranche." + status.getValue().name())));
    }

    /** The actions a tranche allows; none on one's own report, with the reason on hover and in a badge. */
    private HorizontalLayout actions(QueuedTranche t) {
        HorizontalLayout cell = new HorizontalLayout();
        cell.setSpacing(true);
        cell.addClassName("tranche-actions");
        boolean own = ownReport(t);
        if (t.status() == TrancheStatus.REPORTED) {
            Button verify = small(getTranslation("office.funding.verify"), "verify-" + t.trancheId(), ButtonVariant.LUMO_SUCCESS);
            verify.addClickListener(e -> confirmVerify(t));
            Button reject = small(getTranslation("office.funding.reject"), "reject-" + t.trancheId(), ButtonVariant.LUMO_ERROR);
            reject.addClickListener(e -> new ReasonDialog(getTranslation("office.funding.reject.title", t.companyName()),
                    getTranslation("office.funding.reject"), reason -> decide(t, () -> service.reject(new LeadId(t.leadId()), null, t.trancheId(), reason),
                    "office.funding.rejected")).open());
            verify.setEnabled(!own);
            reject.setEnabled(!own);
            cell.add(verify, reject);
        } else if (t.status() == TrancheStatus.VERIFIED) {
            Button reverse = small(getTranslation("office.funding.reverse"), "reverse-" + t.trancheId(), ButtonVariant.LUMO_ERROR);
            reverse.addClickListener(e -> new ReasonDialog(getTranslation("office.funding.reverse.title", t.companyName()),
                    getTranslation("office.funding.reverse"), reason -> decide(t, () -> service.reverse(new LeadId(t.leadId()), null, t.trancheId(), reason),
                    "office.funding.reversed")).open());
            reverse.setEnabled(!own);
            cell.add(reverse);
        }
        if (own && cell.getComponentCount() > 0) {
            // disabled buttons receive no hover: the explanation sits on the cell and in a visible badge
            cell.getElement().setAttribute("title", getTranslation("office.funding.ownReport.why"));
            Span badge = new Span(getTranslation("office.funding.ownReport"));
            badge.getElement().getThemeList().add("badge contrast small");
            badge.setId("own-report-" + t.trancheId());
            badge.getElement().setAttribute("title", getTranslation("office.funding.ownReport.why"));
            cell.add(badge);
        }
        return cell;
    }

    private void confirmVerify(QueuedTranche t) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("verify-confirm");
        confirm.setHeader(getTranslation("office.funding.verify.title"));
        confirm.setText(getTranslation("office.funding.verify.text", t.companyName(), t.amount() + " " + t.currency(),
                t.evidence() == null ? "" : t.evidence()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        Button ok = new Button(getTranslation("office.funding.verify"));
        ok.setId("verify-confirm-button");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        confirm.setConfirmButton(ok);
        confirm.addConfirmListener(e -> decide(t, () -> service.verify(new LeadId(t.leadId()), null, t.trancheId()), "office.funding.verified"));
        confirm.open();
    }

    /** Runs a decision; on success the tranche leaves this list at once (the read model follows shortly). */
    /** Whether the signed-in user reported this tranche (and so may not decide it: the aggregate would refuse). */
    private boolean ownReport(QueuedTranche tranche) {
        return user.principal().map(p -> p.actor().username().equals(tranche.reportedBy())).orElse(false);
    }

    private void decide(QueuedTranche t, Runnable action, String doneKey) {
        try {
            action.run();
            shown.remove(t);
            showItems();
            Notices.success(getTranslation(doneKey, t.companyName()));
        } catch (RuntimeException e) {
            errors.show(e);
        }
    }

    private static Button small(String text, String id, ButtonVariant variant) {
        Button b = new Button(text);
        b.setId(id);
        b.addThemeVariants(ButtonVariant.LUMO_SMALL, variant);
        return b;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("office.funding.title");
    }
}
