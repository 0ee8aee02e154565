package cn.jinghai.crm.rebuild.ui;

import cn.jinghai.crm.rebuild.application.RebuildService;
import cn.jinghai.crm.platform.projection.ProjectionStatus;
import cn.jinghai.crm.ui.support.Notices;
import cn.jinghai.crm.ui.support.UiErrors;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rebuilding the read models from the events while the application runs. While any read model
 * replays, the page polls once a second and moves the progress bars; when all are complete it stops
 * polling and says so.
 */
@Route("admin/projections")
@Menu(order = 40, title = "nav.projections", icon = "vaadin:refresh")
@RolesAllowed("DISTRICT_OFFICE")
public class RebuildView extends Main implements HasDynamicTitle {

    static final int POLL_MILLIS = 1000;

    private final RebuildService service;
    private final UiErrors errors;
    private final Div rows = new Div();
    private final Map<String, ProjectionRow> byName = new LinkedHashMap<>();
    private final Div empty = new Div();
    private Registration pollListener;
    /** Whether this page started a rebuild, so "done" is announced once, for it. */
    private boolean announceDone;

    public RebuildView(RebuildService service, UiErrors errors) {
        this.service = service;
        this.errors = errors;
        addClassName("view");
        setId("projections-view");
        Button all = new Button(getTranslation("office.rebuild.all"), VaadinIcon.REFRESH.create(), e -> confirm(null));
        all.setId("rebuild-all");
        all.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        rows.addClassName("cards");
        rows.setId("projection-rows");
        empty.addClassName("empty-state");
        empty.setText(getTranslation("office.rebuild.empty"));
        empty.setId("projections-empty");
        add(new H2(getTranslation("office.rebuild.title")), new Paragraph(getTranslation("office.rebuild.hint")), all,
                rows, empty);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        pollListener = event.getUI().addPollListener(e -> refresh());
        refresh();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (pollListener != null) {
            pollListener.remove();
        }
        event.getUI().setPollInterval(-1);
        super.onDetach(event);
    }

    private void confirm(String name) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("rebuild-confirm");
        dialog.setHeader(getTranslation(name == null ? "office.rebuild.all" : "office.rebuild.one"));
        dialog.setText(name == null ? getTranslation("office.rebuild.confirmAll")
                : getTranslation("office.rebuild.confirmOne", getTranslation("office.projection." + name)));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        Button ok = new Button(getTranslation("office.rebuild.start"));
        ok.setId("rebuild-confirm-button");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.setConfirmButton(ok);
        dialog.addConfirmListener(e -> start(name));
        dialog.open();
    }

    private void start(String name) {
        try {
            List<String> started = service.rebuild(name);
            announceDone = true;
            Notices.success(getTranslation("office.rebuild.started", started.size()));
            refresh();
        } catch (RuntimeException e) {
            errors.show(e);
        }
    }

    /** Shows every read model's progress; polls while any of them is still rebuilding. */
    private void refresh() {
        List<ProjectionStatus> statuses;
        try {
            statuses = service.status();
        } catch (RuntimeException e) {
            errors.show(e);
            return;
        }
        boolean running = false;
        for (ProjectionStatus s : statuses) {
            byName.computeIfAbsent(s.name(), n -> {
                ProjectionRow row = new ProjectionRow(n, this::confirm);
                rows.add(row);
                return row;
            }).show(s);
            running |= s.rebuilding();
        }
        empty.setVisible(statuses.isEmpty());
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.setPollInterval(running ? POLL_MILLIS : -1);
        }
        if (!running && announceDone) {
            announceDone = false;
            Notices.success(getTranslation("office.rebuild.done")).setId("rebuild-done");
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("office.rebuild.title");
    }
}
