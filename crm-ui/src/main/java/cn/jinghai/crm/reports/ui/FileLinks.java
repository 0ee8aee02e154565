package cn.jinghai.crm.reports.ui;

import cn.jinghai.crm.reports.application.Spreadsheet;
import cn.jinghai.crm.ui.support.UiErrors;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;

import java.io.IOException;
import java.io.OutputStream;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * Download links whose file is written when clicked, from what the screen shows at that moment
 * (its filters, a chosen month). The screen's state is read under the session's lock; the file is
 * written outside it, in the download request, which carries the user's security context like any
 * UI request. A refusal shows as a notification and the download fails (no error page is saved).
 */
public final class FileLinks {

    private FileLinks() {
    }

    /**
     * @param state  reads what the file depends on from the screen (called under the session lock)
     * @param writer writes the file from that state and the caller's address (for the audit trail)
     */
    public static <T> Anchor link(String id, String text, Supplier<T> state, BiFunction<T, String, Spreadsheet> writer,
                                  UiErrors errors) {
        DownloadHandler handler = event -> send(event, state, writer, errors);
        Anchor anchor = new Anchor(handler, "");
        var icon = VaadinIcon.DOWNLOAD_ALT.create();
        icon.setSize("var(--lumo-icon-size-s)");
        icon.getStyle().set("margin-inline-end", "var(--lumo-space-xs)");
        anchor.add(icon);
        anchor.add(text);
        anchor.setId(id);
        anchor.addClassName("download-link");
        return anchor;
    }

    private static <T> void send(DownloadEvent event, Supplier<T> state, BiFunction<T, String, Spreadsheet> writer,
                                 UiErrors errors) throws IOException {
        Spreadsheet file;
        try {
            @SuppressWarnings("unchecked")
            T[] snapshot = (T[]) new Object[1];
            event.getSession().accessSynchronously(() -> snapshot[0] = state.get());
            file = writer.apply(snapshot[0], event.getRequest().getRemoteAddr());
        } catch (RuntimeException e) {
            UI ui = event.getUI();
            if (ui != null) {
                ui.access(() -> errors.show(e));
            }
            event.getResponse().setStatus(UiErrors.refusal(e) != null ? 400 : 500);
            return;
        }
        event.setFileName(file.fileName());
        event.setContentType(file.contentType());
        event.setContentLength(file.bytes().length);
        try (OutputStream out = event.getOutputStream()) {
            out.write(file.bytes());
        }
    }
}
