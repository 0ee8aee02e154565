package cn.jinghai.crm.lead.ui.forms;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.shared.Registration;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A dialog that collects one command's values and fires a {@link SaveEvent} (flow-crm-tutorial's
 * form pattern): it checks only what the user left empty; everything else is the domain's to refuse,
 * and {@link #refuse} puts that refusal on the field it names. Fields are registered under the
 * command's field names so a refusal's {@code field()} finds them.
 */
public abstract class FormDialog<T> extends Dialog {

    /** The dialog's values, ready to be sent. */
    public static class SaveEvent<T> extends ComponentEvent<FormDialog<T>> {
        private final transient T data;

        SaveEvent(FormDialog<T> source, T data) {
            super(source, false);
            this.data = data;
        }

        public T data() {
            return data;
        }
    }

    protected final FormLayout form = new FormLayout();
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final Button save = new Button();

    protected FormDialog(String idPrefix, String title) {
        setId(idPrefix);
        setHeaderTitle(title);
        setModal(true);
        setCloseOnOutsideClick(false);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("520px", 2));
        add(form);
        save.setId(idPrefix + "-save");
        save.setText(getTranslation("common.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> submit());
        save.setDisableOnClick(true);
        Button cancel = new Button(getTranslation("common.cancel"), e -> close());
        cancel.setId(idPrefix + "-cancel");
        getFooter().add(cancel, save);
    }

    /** The values, or null when a required field is empty (already marked). */
    protected abstract T collect();

    @SuppressWarnings({"unchecked", "rawtypes"})
    public Registration addSaveListener(ComponentEventListener<SaveEvent<T>> listener) {
        return addListener(SaveEvent.class, (ComponentEventListener) listener);
    }

    /** Registers {@code field} as the input of the command field {@code name}. */
    protected <C extends HasValidation> C field(String name, C field) {
        fields.put(name, field);
        return field;
    }

    /**
     * Shows a refusal on the field it names; answers false when no field of this dialog matches
     * (the caller then shows it as a notification).
     */
    public boolean refuse(String field, String message) {
        save.setEnabled(true);
        HasValidation target = field == null ? null : fields.get(field);
        if (target == null) {
            return false;
        }
        target.setErrorMessage(message);
        target.setInvalid(true);
        return true;
    }

    /** Re-enables saving after a failure shown elsewhere. */
    public void failed() {
        save.setEnabled(true);
    }

    protected boolean required(HasValue<?, ?> field) {
        if (field.isEmpty() || field.getValue() instanceof String s && s.isBlank()) {
            mark(field, getTranslation("leads.form.required"));
            return false;
        }
        return true;
    }

    protected void mark(HasValue<?, ?> field, String message) {
        if (field instanceof HasValidation v) {
            v.setErrorMessage(message);
            v.setInvalid(true);
        }
    }

    protected static String text(HasValue<?, String> field) {
        String v = field.getValue();
        return v == null || v.isBlank() ? null : v.strip();
    }

    private void submit() {
        fields.values().forEach(f -> f.setInvalid(false));
        T data = collect();
        if (data == null) {
            save.setEnabled(true);
            return;
        }
        fireEvent(new SaveEvent<>(this, data));
    }
}
