package cn.jinghai.crm.lead.ui.forms;

import cn.jinghai.crm.lead.api.Contact;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

import java.util.ArrayList;
import java.util.List;

/** The contacts of a lead, one row each (name, title, phone); the domain checks count and phone format. */
public class ContactsEditor extends CustomField<List<Contact>> {

    private final VerticalLayout rows = new VerticalLayout();
    private final List<TextField[]> fields = new ArrayList<>();

    public ContactsEditor(String label) {
        setId("lead-contacts");
        setLabel(label);
        rows.setPadding(false);
        rows.setSpacing(false);
        Button add = new Button(getTranslation("leads.contacts.add"), VaadinIcon.PLUS.create(), e -> addRow(null));
        add.setId("lead-contacts-add");
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        VerticalLayout all = new VerticalLayout(rows, add);
        all.setPadding(false);
        add(all);
    }

    private void addRow(Contact contact) {
        TextField name = new TextField();
        name.setPlaceholder(getTranslation("leads.contacts.name"));
        TextField title = new TextField();
        title.setPlaceholder(getTranslation("leads.contacts.title"));
        TextField phone = new TextField();
        phone.setPlaceholder(getTranslation("leads.contacts.phone"));
        if (contact != null) {
            name.setValue(nz(contact.name()));
            title.setValue(nz(contact.title()));
            phone.setValue(nz(contact.phone()));
        }
        TextField[] row = {name, title, phone};
        fields.add(row);
        HorizontalLayout line = new HorizontalLayout(name, title, phone);
        Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
            fields.remove(row);
            rows.remove(line);
            updateValue();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation("leads.contacts.remove"));
        line.add(remove);
        rows.add(line);
    }

    @Override
    protected List<Contact> generateModelValue() {
        List<Contact> result = new ArrayList<>();
        for (TextField[] row : fields) {
            if (!row[0].getValue().isBlank()) {
                result.add(new Contact(row[0].getValue().strip(), blankToNull(row[1].getValue()),
                        blankToNull(row[2].getValue())));
            }
        }
        return result;
    }

    @Override
    protected void setPresentationValue(List<Contact> value) {
        rows.removeAll();
        fields.clear();
        if (value != null) {
            value.forEach(this::addRow);
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
