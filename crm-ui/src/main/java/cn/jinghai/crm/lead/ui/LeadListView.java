package cn.jinghai.crm.lead.ui;

import cn.jinghai.crm.lead.api.Stage;
import cn.jinghai.crm.lead.readmodel.list.FindLeadsQuery;
import cn.jinghai.crm.lead.readmodel.list.LeadSummary;
import cn.jinghai.crm.unit.readmodel.ChainView;
import cn.jinghai.crm.unit.readmodel.UnitView;
import cn.jinghai.crm.chain.application.ChainService;
import cn.jinghai.crm.lead.application.LeadService;
import cn.jinghai.crm.reports.application.LeadListExport;
import cn.jinghai.crm.unit.application.UnitService;
import cn.jinghai.crm.reports.ui.LeadExportLinks;
import cn.jinghai.crm.lead.ui.forms.LeadFormDialog;
import cn.jinghai.crm.ui.support.Amounts;
import cn.jinghai.crm.ui.support.CurrentUser;
import cn.jinghai.crm.ui.support.Dates;
import cn.jinghai.crm.ui.support.UiErrors;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The leads the user may see: a park team its unit's (the read side scopes them), the office and
 * leadership every unit's with a unit filter. Lazy, filtered by stage, searched by name or credit
 * code; a row opens the lead. Query parameters {@code unit} and {@code stage} preset the filters.
 */
@Route("leads")
@Menu(order = 10, title = "nav.leads", icon = "vaadin:list")
@RolesAllowed({"PARK_TEAM", "DISTRICT_OFFICE", "LEADERSHIP"})
public class LeadListView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    private final LeadService service;
    private final CurrentUser user;
    private final UiErrors errors;
    private final Grid<LeadSummary> grid = new Grid<>();
    private final ComboBox<UnitView> unit = new ComboBox<>();
    private final ComboBox<Stage> stage = new ComboBox<>();
    private final TextField search = new TextField();
    private final Span total = new Span();
    private final List<UnitView> units;
    private final List<ChainView> chains;

    public LeadListView(LeadService service, UnitService unitService, ChainService chainService, CurrentUser user,
                        UiErrors errors, LeadListExport exports) {
        this.service = service;
        this.user = user;
        this.errors = errors;
        this.units = unitService.units();
        this.chains = chainService.chains();
        addClassName("view");
        setId("lead-list");
        H2 title = new H2(getTranslation("leads.list.title"));
        total.setId("lead-total");
        total.addClassName("kpi-sub");
        HorizontalLayout header = new HorizontalLayout(title, total);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (LeadAccess.mayRegister(user)) {
            Button register = new Button(getTranslation("leads.register"), VaadinIcon.PLUS.create(), e -> openRegister());
            register.setId("register-lead");
            register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            header.add(register);
            header.setFlexGrow(1, total);
        }
        header.setWidthFull();
        configureFilters();
        configureGrid();
        HorizontalLayout filters = new HorizontalLayout(search, stage);
        if (LeadAccess.seesEveryUnit(user)) {
            filters.add(unit);
        }
        filters.add(ColumnChoice.chooser(grid, user.actor().username()));
        // the export holds what the list shows: the filters on screen when the link is clicked
        filters.add(new LeadExportLinks(exports, errors,
                () -> new LeadExportLinks.Filters(unitCode(), stage.getValue(), search.getValue())));
        filters.setAlignItems(FlexComponent.Alignment.END);
        filters.setWrap(true);
        add(header, filters, grid);
    }

    private void configureFilters() {
        search.setId("lead-search");
        search.setPlaceholder(getTranslation("leads.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setValueChangeTimeout(400);
        search.setMaxLength(100);
        search.addValueChangeListener(e -> refresh());
        stage.setId("lead-stage-filter");
        stage.setPlaceholder(getTranslation("leads.filter.stage"));
        stage.setItems(Stage.values());
        stage.setItemLabelGenerator(s -> getTranslation("leads.stage." + s.name()));
        stage.setClearButtonVisible(true);
        stage.addValueChangeListener(e -> refresh());
        unit.setId("lead-unit-filter");
        unit.setPlaceholder(getTranslation("leads.filter.unit"));
        unit.setItems(units);
        unit.setItemLabelGenerator(UnitView::name);
        unit.setClearButtonVisible(true);
        unit.addValueChangeListener(e -> refresh());
    }

    private void configureGrid() {
        grid.setId("lead-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setPageSize(50);
        Map<String, String> chainNames = chains.stream().collect(Collectors.toMap(ChainView::code, ChainView::name));
        Map<String, String> unitNames = units.stream().collect(Collectors.toMap(UnitView::code, UnitView::name));
        column("company", LeadSummary::companyName).setFlexGrow(2);
        column("project", LeadSummary::projectName).setFlexGrow(2);
        column("stage", s -> getTranslation("leads.stage." + s.stage().name()));
        grid.addColumn(new ComponentRenderer<>(s -> Amounts.span(new BigDecimal(s.plannedInvestmentCny()), getLocale())))
                .setKey("planned").setHeader(getTranslation("leads.col.planned")).setAutoWidth(true);
        column("unit", s -> unitNames.getOrDefault(s.unitCode(), s.unitCode()));
        column("chain", s -> chainNames.getOrDefault(s.industryChain(), s.industryChain()));
        column("channel", s -> getTranslation("leads.channel." + s.channel().name()));
        column("key", s -> s.keyProject() ? getTranslation("leads.badge.key") : "");
        column("creditCode", LeadSummary::creditCode).setVisible(false);
        column("origin", s -> getTranslation("leads.origin." + s.capitalOrigin().name())).setVisible(false);
        column("registeredOn", s -> Dates.format(s.registeredOn()));
        column("lastActivity", s -> Dates.format(s.lastActivityDate()));
        column("stageDate", s -> Dates.format(s.stageDate())).setVisible(false);
        Span empty = new Span(getTranslation("leads.list.empty"));
        empty.setId("leads-empty");
        empty.addClassName("empty-state");
        grid.setEmptyStateComponent(empty);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(LeadView.class, LeadView.params(e.getItem().id()))));
        grid.setItems(query -> PageFetch.window(query.getOffset(), query.getLimit(), FindLeadsQuery.MAX_SIZE,
                        (page, size) -> service.list(unitCode(), stage.getValue(), search.getValue(), page, size).content())
                        .stream(),
                query -> {
                    long count = service.list(unitCode(), stage.getValue(), search.getValue(), 0, 1).totalElements();
                    total.setText(getTranslation("leads.list.total", count));
                    return (int) Math.min(count, Integer.MAX_VALUE);
                });
        grid.setHeightFull();
        setHeight("100%");
    }

    private Grid.Column<LeadSummary> column(String key, Function<LeadSummary, String> value) {
        return grid.addColumn(value::apply).setKey(key).setHeader(getTranslation("leads.col." + key))
                .setAutoWidth(true).setResizable(true);
    }

    private String unitCode() {
        return unit.getValue() == null ? null : unit.getValue().code();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private void openRegister() {
        String fixed = LeadAccess.seesEveryUnit(user) ? null : user.actor().unitCode();
        LeadFormDialog dialog = new LeadFormDialog(chains, units, fixed, null);
        Forms.onSave(dialog, errors, data -> {
            String id = service.register(data.toNewLead(), null).value();
            getUI().ifPresent(ui -> ui.navigate(LeadView.class, LeadView.params(id)));
        }, null);
        dialog.open();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters params = event.getLocation().getQueryParameters();
        params.getSingleParameter("stage").flatMap(LeadListView::stageOf).ifPresent(stage::setValue);
        params.getSingleParameter("unit").flatMap(code -> units.stream().filter(u -> u.code().equals(code)).findFirst())
                .ifPresent(unit::setValue);
        params.getSingleParameter("q").ifPresent(search::setValue);
    }

    private static java.util.Optional<Stage> stageOf(String code) {
        try {
            return java.util.Optional.of(Stage.valueOf(code));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.leads");
    }
}
