package cn.jinghai.crm.lead.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.contextmenu.ContextMenu;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which columns of the lead grid show, chosen from a menu and remembered per user in the browser's
 * localStorage (under a key naming the user), so the choice survives a reload and a new login on
 * that browser. Nothing about leads is stored there, only column keys.
 */
final class ColumnChoice {

    private static final String PREFIX = "crm.leads.columns.";

    private ColumnChoice() {
    }

    /** A button opening the column menu; restores the stored choice once the grid is attached. */
    static Button chooser(Grid<?> grid, String username) {
        Button button = new Button(VaadinIcon.GRID_H.create());
        button.setId("leads-columns");
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.setTooltipText(button.getTranslation("leads.columns"));
        button.setAriaLabel(button.getTranslation("leads.columns"));
        ContextMenu menu = new ContextMenu(button);
        menu.setOpenOnClick(true);
        String key = PREFIX + username;
        for (Grid.Column<?> column : grid.getColumns()) {
            MenuItem item = menu.addItem(column.getHeaderText() == null ? column.getKey() : column.getHeaderText());
            item.setId("leads-column-" + column.getKey());
            item.setCheckable(true);
            item.setChecked(column.isVisible());
            item.addClickListener(e -> {
                column.setVisible(item.isChecked());
                store(grid, key);
            });
        }
        grid.addAttachListener(attach -> grid.getElement()
                .executeJs("return window.localStorage.getItem($0)", key)
                .then(String.class, stored -> {
                    if (stored == null) {
                        return;
                    }
                    Set<String> visible = Arrays.stream(stored.split(",")).collect(Collectors.toSet());
                    grid.getColumns().forEach(c -> c.setVisible(visible.contains(c.getKey())));
                    menu.getItems().forEach(i -> i.getId()
                            .ifPresent(id -> i.setChecked(visible.contains(id.substring("leads-column-".length())))));
                }));
        return button;
    }

    private static void store(Grid<?> grid, String key) {
        Set<String> visible = new LinkedHashSet<>();
        grid.getColumns().stream().filter(Grid.Column::isVisible).forEach(c -> visible.add(c.getKey()));
        grid.getElement().executeJs("window.localStorage.setItem($0, $1)", key, String.join(",", visible));
    }
}
