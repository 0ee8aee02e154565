package cn.jinghai.crm.lead.ui;

import cn.jinghai.crm.lead.api.Stage;
import cn.jinghai.crm.lead.api.TrancheStatus;
import com.vaadin.flow.component.html.Span;

/** Lumo badges for stages, tranche statuses and key projects; the text is a translated label. */
final class Badges {

    private Badges() {
    }

    static Span stage(Stage stage, String label) {
        String theme = switch (stage) {
            case DROPPED -> "badge error";
            case ON_HOLD -> "badge contrast";
            case SIGNED, REGISTERED, CONSTRUCTION, OPERATING -> "badge success";
            default -> "badge";
        };
        return badge(label, theme);
    }

    static Span tranche(TrancheStatus status, String label) {
        String theme = switch (status) {
            case VERIFIED -> "badge success";
            case REJECTED -> "badge error";
            case REVERSED -> "badge contrast";
            case REPORTED -> "badge";
        };
        return badge(label, theme);
    }

    static Span key(String label) {
        return badge(label, "badge error primary small");
    }

    private static Span badge(String label, String theme) {
        Span span = new Span(label);
        span.getElement().setAttribute("theme", theme);
        return span;
    }
}
