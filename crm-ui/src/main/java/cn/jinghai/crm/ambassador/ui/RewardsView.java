package cn.jinghai.crm.ambassador.ui;

import cn.jinghai.crm.ambassador.application.AmbassadorService;
import cn.jinghai.crm.ambassador.application.RewardApproval;

import cn.jinghai.crm.ui.support.Notices;
import cn.jinghai.crm.ui.support.Amounts;
import cn.jinghai.crm.ui.support.Dates;
import cn.jinghai.crm.ui.support.UiErrors;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;

/** Ambassadors' reward standing for a year, and recording leadership's approvals (重奖). */
@Route("admin/rewards")
@Menu(order = 32, title = "nav.rewards", icon = "vaadin:trophy")
@RolesAllowed("DISTRICT_OFFICE")
public class RewardsView extends Main implements HasDynamicTitle {

    private final AmbassadorService service;
    private final UiErrors errors;
    private final IntegerField year = new IntegerField();
    private final Grid<AmbassadorService.AmbassadorStanding> grid = new Grid<>();
    private final Div empty = new Div();

    public RewardsView(AmbassadorService service, UiErrors errors) {
        this.service = service;
        this.errors = errors;
        addClassName("view");
        setId("rewards-view");
        year.setId("rewards-year");
        year.setLabel(getTranslation("office.year"));
        year.setStepButtonsVisible(true);
        year.setValue(Dates.today().getYear());
        year.addValueChangeListener(e -> refresh());
        Button reload = new Button(getTranslation("common.refresh"), VaadinIcon.REFRESH.create(), e -> refresh());
        reload.setId("rewards-refresh");
        HorizontalLayout bar = new HorizontalLayout(year, reload);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        grid.setId("rewards-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(a -> a.displayName() + " (" + a.username() + ")").setHeader(getTranslation("office.rewards.ambassador"))
                .setFlexGrow(3);
        grid.addComponentColumn(a -> Amounts.span(a.standing().verifiedCny().value(), getLocale()))
                .setHeader(getTranslation("office.rewards.verified")).setTextAlign(ColumnTextAlign.END);
        grid.addComponentColumn(a -> Amounts.span(a.standing().proposedRewardCny().value(), getLocale()))
                .setHeader(getTranslation("office.rewards.proposed")).setTextAlign(ColumnTextAlign.END);
        grid.addComponentColumn(a -> Amounts.span(a.standing().approvedRewardCny().value(), getLocale()))
                .setHeader(getTranslation("office.rewards.approved")).setTextAlign(ColumnTextAlign.END);
        grid.addComponentColumn(a -> {
            Button record = new Button(getTranslation("office.rewards.record"), e -> open(a));
            record.setId("reward-" + a.username());
            record.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return record;
        }).setHeader(getTranslation("office.col.actions"));
        grid.setHeight("65vh");
        empty.addClassName("empty-state");
        empty.setId("rewards-empty");
        add(new H2(getTranslation("office.rewards.title")), bar, grid, empty);
        refresh();
    }

    private void refresh() {
        List<AmbassadorService.AmbassadorStanding> rows = List.of();
        empty.setText(getTranslation("office.rewards.empty"));
        if (year.getValue() != null) {
            try {
                rows = service.standings(year.getValue());
            } catch (RuntimeException e) {
                empty.setText(errors.message(e, getLocale()));
            }
        }
        grid.setItems(rows);
        grid.setVisible(!rows.isEmpty());
        empty.setVisible(rows.isEmpty());
    }

    private void open(AmbassadorService.AmbassadorStanding ambassador) {
        RewardDialog[] dialog = new RewardDialog[1];
        dialog[0] = new RewardDialog(ambassador, year.isEmpty() ? Dates.today().getYear() : year.getValue(), entries -> {
            try {
                service.recordReward(ambassador.username(), new RewardApproval(entries.year(), entries.amount(),
                        entries.approvedBy(), entries.documentNo()), null);
                dialog[0].close();
                Notices.success(getTranslation("office.rewards.recorded", ambassador.displayName()));
                refresh();
            } catch (RuntimeException e) {
                errors.show(e);
            }
        });
        dialog[0].open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("office.rewards.title");
    }
}
