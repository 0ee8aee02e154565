package cn.jinghai.crm.user.ui;

import cn.jinghai.crm.common.api.Role;
import cn.jinghai.crm.unit.readmodel.UnitView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * A new user: username, display name, role, unit (park teams only) and an initial password. It
 * fires the entries; the checks are the API's (UserService), shown at the failing field.
 */
class UserDialog extends Dialog {

    record Entries(String username, String displayName, Role role, String unitCode, String password) {
    }

    private final TextField username = new TextField();
    private final TextField displayName = new TextField();
    private final PasswordField password = new PasswordField();
    private final Select<String> unit = new Select<>();

    UserDialog(Role preset, List<UnitView> units, Consumer<Entries> onSave) {
        setId("user-dialog");
        setHeaderTitle(getTranslation(preset == Role.AMBASSADOR ? "office.users.newAmbassador" : "office.users.new"));
        username.setId("user-username");
        username.setLabel(getTranslation("office.users.username"));
        username.setHelperText(getTranslation("office.users.usernameHint"));
        username.setRequiredIndicatorVisible(true);
        displayName.setId("user-display-name");
        displayName.setLabel(getTranslation("office.users.displayName"));
        displayName.setRequiredIndicatorVisible(true);
        Select<Role> role = new Select<>();
        role.setId("user-role");
        role.setLabel(getTranslation("office.users.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        Map<String, String> names = units.stream().collect(Collectors.toMap(UnitView::code, UnitView::name));
        unit.setId("user-unit");
        unit.setLabel(getTranslation("office.users.unit"));
        unit.setItems(units.stream().map(UnitView::code).toList());
        unit.setItemLabelGenerator(c -> names.getOrDefault(c, c) + " (" + c + ")");
        role.addValueChangeListener(e -> {
            boolean park = e.getValue() == Role.PARK_TEAM;
            unit.setEnabled(park);
            unit.setRequiredIndicatorVisible(park);
            if (!park) {
                unit.clear();
            }
        });
        role.setValue(preset == null ? Role.PARK_TEAM : preset);
        password.setId("user-password");
        password.setLabel(getTranslation("office.users.password"));
        password.setHelperText(getTranslation("office.users.passwordHint"));
        password.setRequiredIndicatorVisible(true);
        FormLayout form = new FormLayout(username, displayName, role, unit, password);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("420px", 2));
        add(form);
        Button save = new Button(getTranslation("office.users.create"), e -> onSave.accept(new Entries(
                username.getValue().strip(), displayName.getValue().strip(), role.getValue(), unit.getValue(),
                password.getValue())));
        save.setId("user-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }

    /** Marks the field a refusal names (the API's {@code field}) as invalid with the refusal's text. */
    void markInvalid(String field, String message) {
        switch (field == null ? "" : field) {
            case "username" -> invalid(username, message);
            case "displayName" -> invalid(displayName, message);
            case "password" -> invalid(password, message);
            case "unitCode" -> {
                unit.setInvalid(true);
                unit.setErrorMessage(message);
            }
            default -> { }
        }
    }

    private static void invalid(TextFieldBase<?, ?> field, String message) {
        field.setInvalid(true);
        field.setErrorMessage(message);
    }
}
