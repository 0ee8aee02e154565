package cn.jinghai.crm.lead.ui;

import cn.jinghai.crm.common.api.DomainException;
import cn.jinghai.crm.common.api.ErrorCode;
import cn.jinghai.crm.lead.ui.forms.FormDialog;
import cn.jinghai.crm.ui.support.UiErrors;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;

import java.util.function.Consumer;

/**
 * Wires a dialog's save event to the command that carries it: success closes the dialog; a refusal
 * naming one of the dialog's fields is shown on that field, any other failure as a notification; a
 * stale version also runs {@code onStale} (the view reloads what it shows).
 */
final class Forms {

    private Forms() {
    }

    static <T> void onSave(FormDialog<T> dialog, UiErrors errors, Consumer<T> action, Runnable onStale) {
        dialog.addSaveListener(e -> {
            try {
                action.accept(e.data());
                dialog.close();
            } catch (RuntimeException failure) {
                DomainException refusal = UiErrors.refusal(failure);
                if (refusal == null || !dialog.refuse(refusal.field(), errors.message(failure, dialog.getUI().map(ui -> ui.getLocale()).orElse(java.util.Locale.SIMPLIFIED_CHINESE)))) {
                    dialog.failed();
                    errors.show(failure);
                }
                if (stale(failure, refusal) && onStale != null) {
                    dialog.close();
                    onStale.run();
                }
            }
        });
    }

    static boolean stale(Throwable failure, DomainException refusal) {
        if (refusal != null) {
            return refusal.code() == ErrorCode.STALE_VERSION;
        }
        for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof ConflictingAggregateVersionException) {
                return true;
            }
        }
        return false;
    }
}
