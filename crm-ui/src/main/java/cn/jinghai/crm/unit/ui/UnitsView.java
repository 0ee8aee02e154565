package cn.jinghai.crm.unit.ui;

import cn.jinghai.crm.figures.application.FiguresService;
import cn.jinghai.crm.target.application.TargetService;
import cn.jinghai.crm.unit.application.UnitDetails;
import cn.jinghai.crm.unit.application.UnitService;


import cn.jinghai.crm.unit.readmodel.UnitView;
import cn.jinghai.crm.ui.support.Notices;
import cn.jinghai.crm.ui.support.UiErrors;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;

/** Units (招商主体) with their staffing, and per year the targets and each unit's quota. */
@Route("admin/units")
@Menu(order = 30, title = "nav.units", icon = "vaadin:building")
@RolesAllowed("DISTRICT_OFFICE")
public class UnitsView extends Main implements HasDynamicTitle {

    private final UnitService service;
    private final UiErrors errors;
    private final Grid<UnitView> grid = new Grid<>();
    private final Div empty = new Div();
    private final YearPanel year;

    public UnitsView(UnitService service, TargetService targets, FiguresService figures, UiErrors errors) {
        this.service = service;
        this.errors = errors;
        addClassName("view");
        setId("units-view");
        Button create = new Button(getTranslation("office.units.new"), VaadinIcon.PLUS.create(), e -> edit(null));
        create.setId("unit-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button reload = new Button(getTranslation("common.refresh"), VaadinIcon.REFRESH.create(), e -> refresh());
        reload.setId("units-refresh");

        grid.setId("units-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(UnitView::code).setHeader(getTranslation("office.units.code"));
        grid.addColumn(UnitView::name).setHeader(getTranslation("office.units.name")).setFlexGrow(3);
        grid.addColumn(u -> getTranslation("office.unitKind." + u.kind().name())).setHeader(getTranslation("office.units.kind"));
        grid.addColumn(UnitView::staff).setHeader(getTranslation("office.units.staff")).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(UnitView::dedicatedStaff).setHeader(getTranslation("office.units.dedicated"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addComponentColumn(this::staffing).setHeader(getTranslation("office.units.staffing"));
        grid.addComponentColumn(u -> {
            Button edit = new Button(getTranslation("office.units.edit"), e -> edit(u));
            edit.setId("unit-edit-" + u.code());
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return edit;
        }).setHeader(getTranslation("office.col.actions"));
        empty.addClassName("empty-state");
        empty.setId("units-empty");
        empty.setText(getTranslation("office.units.empty"));
        year = new YearPanel(service, targets, figures, errors);
        add(new H2(getTranslation("office.units.title")), new HorizontalLayout(create, reload), grid, empty,
                new H3(getTranslation("office.year.title")), year);
        refresh();
    }

    private Component staffing(UnitView u) {
        if (u.staff() == 0) {
            return new Span(getTranslation("office.units.staffUnknown"));
        }
        boolean met = UnitService.staffingMet(u.staff(), u.dedicatedStaff());
        Span badge = new Span(getTranslation(met ? "office.units.staffingMet" : "office.units.belowThird"));
        badge.getElement().getThemeList().add(met ? "badge success" : "badge error");
        badge.getElement().setAttribute("title", getTranslation("office.units.staffingRule"));
        return badge;
    }

    private void refresh() {
        List<UnitView> units = List.of();
        try {
            units = service.units();
        } catch (RuntimeException e) {
            errors.show(e);
        }
        grid.setItems(units);
        grid.setVisible(!units.isEmpty());
        empty.setVisible(units.isEmpty());
        year.load();
    }

    private void edit(UnitView existing) {
        UnitDialog[] dialog = new UnitDialog[1];
        dialog[0] = new UnitDialog(existing, entries -> {
            try {
                service.define(entries.code(), new UnitDetails(entries.name(), entries.kind(), entries.staff(),
                        entries.dedicatedStaff()));
                dialog[0].close();
                Notices.success(getTranslation("office.units.saved", entries.name()));
                refresh();
            } catch (RuntimeException e) {
                errors.show(e);
            }
        });
        dialog[0].open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("office.units.title");
    }
}
