package cn.jinghai.crm.ui.support;

import com.vaadin.flow.component.HasStyle;

/** Quieter, smaller text for second lines (project under company, time under name), in Lumo's own colours. */
public final class Secondary {

    private Secondary() {
    }

    public static <T extends HasStyle> T style(T component) {
        component.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        return component;
    }
}
