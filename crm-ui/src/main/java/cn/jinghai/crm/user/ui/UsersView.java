package cn.jinghai.crm.user.ui;

import cn.jinghai.crm.unit.application.UnitService;
import cn.jinghai.crm.user.application.NewUser;
import cn.jinghai.crm.user.application.UserService;
import cn.jinghai.crm.user.application.UserSummary;
import com.vaadin.flow.server.VaadinRequest;

import cn.jinghai.crm.common.api.DomainException;
import cn.jinghai.crm.common.api.Role;
import cn.jinghai.crm.ui.support.Notices;
import cn.jinghai.crm.ui.support.UiErrors;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import java.util.Optional;
import java.util.function.Function;

/** Users and ambassadors (ambassadors are users of role AMBASSADOR): the list, and creating one. */
@Route("admin/users")
@Menu(order = 31, title = "nav.users", icon = "vaadin:users")
@RolesAllowed("DISTRICT_OFFICE")
public class UsersView extends Main implements HasDynamicTitle {

    private final UserService service;
    private final UnitService unitService;
    private final UiErrors errors;
    private final Select<Optional<Role>> role = new Select<>();
    private final Grid<UserSummary> grid = new Grid<>();
    private final Div empty = new Div();
    private Function<String, String> unitLabel = code -> code;

    public UsersView(UserService service, UnitService unitService, UiErrors errors) {
        this.service = service;
        this.unitService = unitService;
        this.errors = errors;
        addClassName("view");
        setId("users-view");
        List<Optional<Role>> roles = new ArrayList<>();
        roles.add(Optional.empty());
        for (Role r : Role.values()) {
            roles.add(Optional.of(r));
        }
        role.setId("users-role");
        role.setLabel(getTranslation("office.users.role"));
        role.setItems(roles);
        role.setItemLabelGenerator(r -> r.map(x -> getTranslation("role." + x.name())).orElse(getTranslation("common.all")));
        role.setValue(Optional.empty());
        role.addValueChangeListener(e -> refresh());
        Button create = new Button(getTranslation("office.users.new"), VaadinIcon.PLUS.create(), e -> open(null));
        create.setId("user-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button ambassador = new Button(getTranslation("office.users.newAmbassador"), VaadinIcon.STAR.create(),
                e -> open(Role.AMBASSADOR));
        ambassador.setId("ambassador-new");
        HorizontalLayout bar = new HorizontalLayout(role, create, ambassador);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        grid.setId("users-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(UserSummary::username).setHeader(getTranslation("office.users.username"));
        grid.addColumn(UserSummary::displayName).setHeader(getTranslation("office.users.displayName")).setFlexGrow(2);
        grid.addColumn(u -> getTranslation("role." + u.role().name())).setHeader(getTranslation("office.users.role"));
        grid.addColumn(u -> u.unitCode() == null ? "" : unitLabel.apply(u.unitCode()))
                .setHeader(getTranslation("office.users.unit")).setFlexGrow(2);
        grid.addComponentColumn(this::state).setHeader(getTranslation("office.users.state"));
        grid.setHeight("65vh");
        empty.addClassName("empty-state");
        empty.setId("users-empty");
        empty.setText(getTranslation("office.users.empty"));
        add(new H2(getTranslation("office.users.title")), bar, grid, empty);
        loadUnits();
        refresh();
    }

    private Component state(UserSummary u) {
        String key = !u.enabled() ? "office.users.disabled" : u.locked() ? "office.users.locked" : "office.users.active";
        Span badge = new Span(getTranslation(key));
        badge.getElement().getThemeList().add(u.enabled() && !u.locked() ? "badge success" : "badge error");
        return badge;
    }

    private void loadUnits() {
        try {
            Map<String, String> names = new HashMap<>();
            unitService.units().forEach(u -> names.put(u.code(), u.name()));
            unitLabel = UnitService.unitLabel(names);
        } catch (RuntimeException e) {
            errors.show(e);
        }
    }

    private void refresh() {
        List<UserSummary> rows = List.of();
        try {
            rows = service.users(role.getValue().orElse(null));
        } catch (RuntimeException e) {
            errors.show(e);
        }
        grid.setItems(rows);
        grid.setVisible(!rows.isEmpty());
        empty.setVisible(rows.isEmpty());
    }

    private void open(Role preset) {
        UserDialog[] dialog = new UserDialog[1];
        try {
            dialog[0] = new UserDialog(preset, unitService.units(), entries -> {
                try {
                    VaadinRequest request = VaadinRequest.getCurrent();
                    service.create(new NewUser(entries.username(), entries.password(), entries.displayName(),
                            entries.role(), entries.unitCode()), request == null ? null : request.getRemoteAddr(), null);
                    dialog[0].close();
                    Notices.success(getTranslation("office.users.created", entries.username()));
                    refresh();
                } catch (RuntimeException e) {
                    DomainException refusal = UiErrors.refusal(e);
                    if (refusal != null) {
                        dialog[0].markInvalid(refusal.field(), errors.message(e, getLocale()));
                    }
                    errors.show(e);
                }
            });
            dialog[0].open();
        } catch (RuntimeException e) {
            errors.show(e);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("office.users.title");
    }
}
