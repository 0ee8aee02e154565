package cn.jinghai.crm.ui.support;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Success notices of the office screens (failures go through {@code UiErrors}). */
public final class Notices {

    private Notices() {
    }

    public static Notification success(String text) {
        Notification n = Notification.show(text, 4000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        return n;
    }

    /** A success notice with components (e.g. a link to what was created), open until closed or 10 s. */
    public static Notification success(Component... content) {
        Notification n = new Notification(content);
        n.setDuration(10000);
        n.setPosition(Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        n.open();
        return n;
    }
}
