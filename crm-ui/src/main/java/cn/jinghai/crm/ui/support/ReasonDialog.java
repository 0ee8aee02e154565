package cn.jinghai.crm.ui.support;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;

import java.util.function.Consumer;

/**
 * Asks for the reason of a decision (reject, reverse, decline). It only collects the text and hands
 * it on; whether a reason is long enough or the decision allowed is the domain's to say.
 */
public class ReasonDialog extends Dialog {

    private final TextArea reason = new TextArea();

    public ReasonDialog(String title, String confirmText, Consumer<String> onConfirm) {
        setHeaderTitle(title);
        reason.setId("reason-field");
        reason.setLabel(getTranslation("office.reason"));
        reason.setRequired(true);
        reason.setMaxLength(500);
        reason.setWidth("28em");
        reason.setMinHeight("6em");
        add(reason);
        Button confirm = new Button(confirmText, e -> {
            String text = reason.getValue() == null ? "" : reason.getValue().strip();
            if (text.isEmpty()) {
                // an empty reason cannot be sent at all: say so at the field instead of a round trip
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation("common.required"));
                return;
            }
            close();
            onConfirm.accept(text);
        });
        confirm.setId("reason-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        Button cancel = new Button(getTranslation("common.cancel"), e -> close());
        cancel.setId("reason-cancel");
        getFooter().add(cancel, confirm);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                reason.focus();
            }
        });
    }
}
