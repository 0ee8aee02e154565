package cn.jinghai.crm.relocation.ui;

import cn.jinghai.crm.relocation.application.ImportService;
import cn.jinghai.crm.unit.application.UnitService;
import org.springframework.context.MessageSource;

import cn.jinghai.crm.reports.ui.FileLinks;

import cn.jinghai.crm.common.api.Actor;
import cn.jinghai.crm.unit.readmodel.UnitView;
import cn.jinghai.crm.ui.support.CurrentUser;
import cn.jinghai.crm.ui.support.UiErrors;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.List;
import java.util.Locale;

/**
 * Relocation-list import (issue 6): choose the unit (the office any unit, a park team its own), upload
 * an xlsx or csv, watch the rows being recorded, then read every row's outcome and download the
 * report. The import runs on a worker thread; while it runs the page polls and the progress bar
 * follows the importer's progress. A refusal of the whole file is a notification with its reason.
 */
@Route("imports")
@Menu(order = 12, title = "nav.imports", icon = "vaadin:upload")
@RolesAllowed({"PARK_TEAM", "DISTRICT_OFFICE"})
public class ImportView extends Main implements HasDynamicTitle {

    static final int POLL_MILLIS = 500;

    private final ImportService service;
    private final UnitService units;
    private final MessageSource messages;
    private final CurrentUser user;
    private final UiErrors errors;
    private final ComboBox<UnitView> unit = new ComboBox<>();
    private final Upload upload;
    private final Div progress = new Div();
    private final ProgressBar bar = new ProgressBar();
    private final Span progressText = new Span();
    private final Div empty = new Div();
    private final ImportResultPanel result;
    /** Whether an import of this page is running (touched only under the session's lock). */
    private boolean running;

    public ImportView(ImportService service, UnitService units, MessageSource messages, CurrentUser user,
                      UiErrors errors) {
        this.service = service;
        this.units = units;
        this.messages = messages;
        this.user = user;
        this.errors = errors;
        addClassName("view");
        setId("import-view");
        long megabytes = service.maxFileBytes() / (1024 * 1024);
        configureUnit();
        upload = new Upload(UploadHandler.inMemory((meta, bytes) -> received(meta.fileName(), bytes)));
        ImportUploads.configure(upload, service.maxFileBytes(), megabytes, (key, args) -> getTranslation(key, args));
        upload.addFileRejectedListener(e -> notifyError(e.getErrorMessage()));
        upload.addFailedListener(e -> notifyError(getTranslation("imports.upload.failed")));
        var template = FileLinks.link("import-template", getTranslation("imports.template"), () -> null,
                (none, address) -> service.template(), errors);
        HorizontalLayout controls = new HorizontalLayout(unit, template);
        controls.setAlignItems(FlexComponent.Alignment.BASELINE);
        controls.setWrap(true);
        progress.setId("import-progress");
        bar.setId("import-progress-bar");
        progressText.setId("import-progress-text");
        progress.add(progressText, bar);
        progress.setVisible(false);
        empty.setId("import-empty");
        empty.addClassName("empty-state");
        empty.setText(getTranslation("imports.empty"));
        result = new ImportResultPanel(errors);
        add(new H2(getTranslation("imports.title")), new Paragraph(getTranslation("imports.hint", megabytes)), controls,
                upload, progress, empty, result);
    }

    private void configureUnit() {
        unit.setId("import-unit");
        unit.setLabel(getTranslation("imports.unit"));
        unit.setItemLabelGenerator(UnitView::name);
        unit.setRequiredIndicatorVisible(true);
        unit.setWidth("18em");
        List<UnitView> units = this.units.units();
        if (user.office()) {
            unit.setItems(units);
        } else {
            // a park team imports into its own unit only (the importer checks it again)
            String own = user.actor().unitCode();
            List<UnitView> mine = units.stream().filter(u -> u.code().equals(own)).toList();
            unit.setItems(mine);
            mine.stream().findFirst().ifPresent(unit::setValue);
            unit.setReadOnly(true);
        }
    }

    /** Called in the upload's request; the screen is changed under the UI's lock. */
    private void received(String fileName, byte[] bytes) {
        getUI().ifPresent(ui -> ui.access(() -> start(ui, fileName, bytes)));
    }

    private void start(UI ui, String fileName, byte[] bytes) {
        if (running) {
            notifyError(getTranslation("imports.busy"));
            return;
        }
        if (unit.getValue() == null) {
            upload.clearFileList();
            notifyError(getTranslation("imports.unit.required"));
            return;
        }
        Actor actor = user.actor();
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        running = true;
        upload.setEnabled(false);
        unit.setEnabled(false);
        bar.setIndeterminate(true);
        progressText.setText(getTranslation("imports.progress.reading"));
        progress.setVisible(true);
        ui.setPollInterval(POLL_MILLIS);
        Locale locale = getLocale();
        service.start(authentication, actor, fileName, bytes, unit.getValue().code(),
                        (done, total) -> update(ui, () -> showProgress(done, total)))
                .thenApply(result -> result.rows().stream().map(r -> ImportRow.of(r, messages, locale)).toList())
                .whenComplete((rows, failure) -> update(ui, () -> finish(ui, rows, failure)));
    }

    private void showProgress(int done, int total) {
        bar.setIndeterminate(false);
        bar.setValue(total == 0 ? 1 : (double) done / total);
        progressText.setText(getTranslation("imports.progress.rows", done, total));
    }

    private void finish(UI ui, List<ImportRow> rows, Throwable failure) {
        running = false;
        ui.setPollInterval(-1);
        progress.setVisible(false);
        upload.setEnabled(true);
        unit.setEnabled(true);
        upload.clearFileList();
        if (failure != null) {
            errors.show(failure);
            return;
        }
        empty.setVisible(false);
        result.show(rows);
        Notification done = Notification.show(getTranslation("imports.done", rows.size()), 4000, Notification.Position.BOTTOM_START);
        done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    /** From the worker: a page closed meanwhile simply misses the update. */
    private static void update(UI ui, com.vaadin.flow.server.Command command) {
        try {
            ui.access(command);
        } catch (com.vaadin.flow.component.UIDetachedException gone) {
            // the user left the page; the import itself carries on and is recorded
        }
    }

    private void notifyError(String message) {
        Notification n = Notification.show(message, 6000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
        super.onDetach(event);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("imports.title");
    }
}
