package cn.jinghai.crm.ui.support;

import cn.jinghai.crm.common.api.DomainException;
import cn.jinghai.crm.common.api.ErrorCode;
import cn.jinghai.crm.platform.security.AuditLog;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.queryhandling.QueryExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * Turns any failure behind a UI action into a clear notification in the user's language: a refusal
 * of the domain shows its own message (the same texts as the API's error bodies), anything else a
 * generic message while the details go to the log. Never a stack trace on screen. A permission
 * refusal is audited as on the API ({@link AuditLog#refused}), once however often a screen words it
 * (a dialog may ask for the text, then show it as a notification).
 */
@Component
public class UiErrors {

    private static final Logger log = LoggerFactory.getLogger(UiErrors.class);

    private final MessageSource messages;
    private final AuditLog audit;
    /** The refusals already audited, by identity; an entry goes when its exception is collected. */
    private final Set<Throwable> audited = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

    public UiErrors(MessageSource messages, AuditLog audit) {
        this.messages = messages;
        this.audit = audit;
    }

    /** The user-facing text for {@code failure}; a permission refusal is audited (once). */
    public String message(Throwable failure, Locale locale) {
        Throwable cause = unwrap(failure);
        if (cause instanceof DomainException domain) {
            if (domain.code() == ErrorCode.FORBIDDEN) {
                auditRefusal(domain, domain.messageKey());
            }
            return text(domain.messageKey(), domain.args(), locale);
        }
        if (cause instanceof ConcurrencyException || cause instanceof ConflictingAggregateVersionException) {
            return text("error.staleVersion", new Object[0], locale);
        }
        if (cause instanceof AggregateNotFoundException) {
            return text("error.notFound", new Object[0], locale);
        }
        if (cause instanceof org.springframework.security.access.AccessDeniedException) {
            auditRefusal(cause, "role");
            return text("error.forbidden", new Object[0], locale);
        }
        log.error("Unexpected failure in the UI", failure);
        return text("error.internal", new Object[0], locale);
    }

    /** Shows {@code failure} as an error notification in the current UI. */
    public void show(Throwable failure) {
        UI ui = UI.getCurrent();
        Locale locale = ui == null ? Locale.SIMPLIFIED_CHINESE : ui.getLocale();
        Notification n = Notification.show(message(failure, locale), 6000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /** Audits a refusal behind a screen as "UI /the/screen (reason)", unless it was already. */
    private void auditRefusal(Throwable refusal, String reason) {
        if (audited.add(refusal)) {
            UI ui = UI.getCurrent();
            String screen = ui == null ? "" : ui.getInternals().getActiveViewLocation().getPathWithQueryParameters();
            audit.refused("UI /" + screen, reason);
        }
    }

    /** The domain refusal inside {@code failure}, or null. */
    public static DomainException refusal(Throwable failure) {
        return unwrap(failure) instanceof DomainException domain ? domain : null;
    }

    static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while (cause != null && cause.getCause() != null && cause.getCause() != cause
                && (cause instanceof CompletionException || cause instanceof ExecutionException
                || cause instanceof CommandExecutionException || cause instanceof QueryExecutionException
                || !(cause instanceof DomainException) && unwrapDeeper(cause))) {
            cause = cause.getCause();
        }
        return cause;
    }

    /** A refusal may sit deeper (a subscribing handler's, a Vaadin listener's wrapper). */
    private static boolean unwrapDeeper(Throwable t) {
        for (Throwable c = t.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
            if (c instanceof DomainException || c instanceof ConcurrencyException) {
                return true;
            }
        }
        return false;
    }

    private String text(String key, Object[] args, Locale locale) {
        try {
            return messages.getMessage(key, args, locale);
        } catch (NoSuchMessageException e) {
            return messages.getMessage("error.internal", null, "error", locale);
        }
    }
}
