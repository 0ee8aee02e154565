package cn.jinghai.crm.lead.ui;

import cn.jinghai.crm.lead.api.LeadId;
import cn.jinghai.crm.lead.api.Stage;
import cn.jinghai.crm.lead.application.LeadService;
import cn.jinghai.crm.unit.application.UnitService;
import cn.jinghai.crm.lead.readmodel.list.LeadPage;
import cn.jinghai.crm.unit.readmodel.UnitView;
import cn.jinghai.crm.lead.ui.forms.StageMoveDialog;
import cn.jinghai.crm.ui.support.CurrentUser;
import cn.jinghai.crm.ui.support.UiErrors;
import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import jakarta.annotation.security.RolesAllowed;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The leads by stage, one column each. Those who work the leads drag a card to another column; a
 * dialog asks what the move needs and the move is sent with the version the card was loaded with
 * (a stale card is refused by the domain and the board reloads). Each column shows at most
 * {@link #CAP} cards and links to the list filtered by that stage for the rest. Leadership reads only.
 */
@Route("leads/board")
@Menu(order = 11, title = "nav.board", icon = "vaadin:grid-big")
@RolesAllowed({"PARK_TEAM", "DISTRICT_OFFICE", "LEADERSHIP"})
public class KanbanView extends Main implements HasDynamicTitle {

    static final int CAP = 50;

    private final LeadService service;
    private final CurrentUser user;
    private final UiErrors errors;
    private final Div board = new Div();
    private final ComboBox<UnitView> unit = new ComboBox<>();
    private final Map<Stage, Div> cardLists = new EnumMap<>(Stage.class);
    private final Map<Stage, Span> counts = new EnumMap<>(Stage.class);
    private final Map<Stage, Long> totals = new EnumMap<>(Stage.class);
    private final Map<String, String> unitNames;
    private final boolean mayMove;

    public KanbanView(LeadService service, UnitService unitService, CurrentUser user, UiErrors errors) {
        this.service = service;
        this.user = user;
        this.errors = errors;
        this.mayMove = LeadAccess.mayRegister(user);
        List<UnitView> units = unitService.units();
        this.unitNames = units.stream().collect(Collectors.toMap(UnitView::code, UnitView::name, (a, b) -> a, HashMap::new));
        addClassName("view");
        setId("kanban");
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("leads.board.title")));
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (LeadAccess.seesEveryUnit(user)) {
            unit.setId("board-unit-filter");
            unit.setPlaceholder(getTranslation("leads.filter.unit"));
            unit.setItems(units);
            unit.setItemLabelGenerator(UnitView::name);
            unit.setClearButtonVisible(true);
            unit.addValueChangeListener(e -> load());
            header.add(unit);
        }
        board.addClassName("kanban");
        board.setId("kanban-board");
        for (Stage stage : Stage.values()) {
            board.add(column(stage));
        }
        add(header, board);
        load();
    }

    private Div column(Stage stage) {
        Div column = new Div();
        column.addClassName("kanban-column");
        column.setId("column-" + stage.name());
        Span count = new Span();
        count.addClassName("kpi-sub");
        counts.put(stage, count);
        H3 title = new H3(getTranslation("leads.stage." + stage.name()));
        Div list = new Div();
        cardLists.put(stage, list);
        column.add(new Div(title, count), list);
        if (mayMove) {
            DropTarget<Div> target = DropTarget.create(column);
            target.addDropListener(e -> e.getDragSourceComponent()
                    .filter(KanbanCard.class::isInstance).map(KanbanCard.class::cast)
                    .ifPresent(card -> dropped(card, stage)));
        }
        return column;
    }

    private void load() {
        String unitCode = unit.getValue() == null ? null : unit.getValue().code();
        for (Stage stage : Stage.values()) {
            Div list = cardLists.get(stage);
            list.removeAll();
            LeadPage page = service.list(unitCode, stage, null, 0, CAP);
            page.content().forEach(lead -> list.add(card(lead)));
            totals.put(stage, page.totalElements());
            if (page.totalElements() > page.content().size()) {
                list.add(more(stage, unitCode, page.totalElements() - page.content().size()));
            }
            if (page.content().isEmpty()) {
                Span empty = new Span(getTranslation("leads.board.empty"));
                empty.addClassName("empty-state");
                empty.addClassName("kanban-empty");
                list.add(empty);
            }
            showCount(stage);
        }
    }

    private KanbanCard card(cn.jinghai.crm.lead.readmodel.list.LeadSummary lead) {
        KanbanCard card = new KanbanCard(lead, unitNames.getOrDefault(lead.unitCode(), lead.unitCode()),
                getTranslation("leads.badge.key"));
        card.addClickListener((ClickEvent<Div> e) -> getUI().ifPresent(ui -> ui.navigate(LeadView.class,
                LeadView.params(card.leadId()))));
        if (mayMove && LeadAccess.mayWork(user, lead.unitCode())) {
            DragSource.configure(card, true).setDragData(card.leadId());
        } else {
            card.getStyle().set("cursor", "pointer");
        }
        return card;
    }

    private Anchor more(Stage stage, String unitCode, long more) {
        Map<String, String> params = new HashMap<>();
        params.put("stage", stage.name());
        if (unitCode != null) {
            params.put("unit", unitCode);
        }
        String url = RouteConfiguration.forSessionScope().getUrl(LeadListView.class) + "?"
                + QueryParameters.simple(params).getQueryString();
        Anchor link = new Anchor(url, getTranslation("leads.board.more", more));
        link.setId("more-" + stage.name());
        return link;
    }

    private void dropped(KanbanCard card, Stage to) {
        Stage from = card.stage();
        if (from == to) {
            return;
        }
        StageMoveDialog dialog = new StageMoveDialog(from, to);
        Forms.onSave(dialog, errors, data -> {
            long version = service.moveStage(new LeadId(card.leadId()), card.version(), data);
            // the list read model catches up a moment later: move the card here rather than reload
            card.moved(to, version);
            cardLists.get(to).getChildren().filter(c -> c.hasClassName("kanban-empty")).toList()
                    .forEach(c -> cardLists.get(to).remove(c));
            cardLists.get(to).addComponentAsFirst(card);
            totals.merge(from, -1L, Long::sum);
            totals.merge(to, 1L, Long::sum);
            showCount(from);
            showCount(to);
        }, this::load);
        dialog.open();
    }

    private void showCount(Stage stage) {
        Span count = counts.get(stage);
        count.setId("count-" + stage.name());
        count.setText(" (" + totals.getOrDefault(stage, 0L) + ")");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.board");
    }
}
