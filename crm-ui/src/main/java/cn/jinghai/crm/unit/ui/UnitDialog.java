package cn.jinghai.crm.unit.ui;

import cn.jinghai.crm.unit.readmodel.UnitView;
import cn.jinghai.crm.unit.api.UnitKind;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

import java.util.function.Consumer;

/** Creates a unit or edits one (its code stays); fires the entries, the view sends {@code DefineUnitCommand}. */
class UnitDialog extends Dialog {

    record Entries(String code, String name, UnitKind kind, Integer staff, Integer dedicatedStaff) {
    }

    UnitDialog(UnitView existing, Consumer<Entries> onSave) {
        setId("unit-dialog");
        setHeaderTitle(getTranslation(existing == null ? "office.units.new" : "office.units.edit"));
        TextField code = new TextField(getTranslation("office.units.code"));
        code.setId("unit-code");
        code.setHelperText(getTranslation("office.units.codeHint"));
        code.setRequiredIndicatorVisible(true);
        TextField name = new TextField(getTranslation("office.units.name"));
        name.setId("unit-name");
        name.setRequiredIndicatorVisible(true);
        Select<UnitKind> kind = new Select<>();
        kind.setId("unit-kind");
        kind.setLabel(getTranslation("office.units.kind"));
        kind.setItems(UnitKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("office.unitKind." + k.name()));
        IntegerField staff = new IntegerField(getTranslation("office.units.staff"));
        staff.setId("unit-staff");
        staff.setMin(0);
        IntegerField dedicated = new IntegerField(getTranslation("office.units.dedicated"));
        dedicated.setId("unit-dedicated");
        dedicated.setMin(0);
        if (existing != null) {
            code.setValue(existing.code());
            code.setReadOnly(true);
            name.setValue(existing.name());
            kind.setValue(existing.kind());
            staff.setValue(existing.staff());
            dedicated.setValue(existing.dedicatedStaff());
        } else {
            kind.setValue(UnitKind.TOWNSHIP);
        }
        FormLayout form = new FormLayout(code, name, kind, staff, dedicated);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("420px", 2));
        add(form);
        Button save = new Button(getTranslation("common.save"), e -> onSave.accept(new Entries(
                code.getValue().strip(), name.getValue().strip(), kind.getValue(),
                staff.getValue(), dedicated.getValue())));
        save.setId("unit-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }
}
