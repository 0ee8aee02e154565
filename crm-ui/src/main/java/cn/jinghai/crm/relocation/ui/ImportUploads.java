package cn.jinghai.crm.relocation.ui;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;

import java.util.List;
import java.util.function.BiFunction;

/**
 * The upload field of the import screen: one .xlsx or .csv file up to the server's limit (the browser
 * refuses others at once; the importer checks size and content again), with every text translated.
 */
final class ImportUploads {

    static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private ImportUploads() {
    }

    static void configure(Upload upload, long maxBytes, long megabytes, BiFunction<String, Object[], String> text) {
        upload.setId("import-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
        upload.setAcceptedFileTypes(".xlsx", ".csv", XLSX_TYPE, "text/csv");
        upload.setDropAllowed(true);
        upload.setWidthFull();
        UploadI18N i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(t(text, "imports.upload.drop")).setMany(t(text, "imports.upload.drop")));
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(t(text, "imports.upload.button")).setMany(t(text, "imports.upload.button")));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(t(text, "imports.upload.tooMany"))
                .setFileIsTooBig(text.apply("imports.upload.tooBig", new Object[] {megabytes}))
                .setIncorrectFileType(t(text, "imports.upload.wrongType")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(t(text, "imports.upload.connecting"))
                        .setStalled(t(text, "imports.upload.stalled")).setProcessing(t(text, "imports.upload.processing"))
                        .setHeld(t(text, "imports.upload.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime().setPrefix(t(text, "imports.upload.remaining"))
                        .setUnknown(t(text, "imports.upload.unknown")))
                .setError(new UploadI18N.Uploading.Error().setServerUnavailable(t(text, "imports.upload.serverUnavailable"))
                        .setUnexpectedServerError(t(text, "imports.upload.serverError"))
                        .setForbidden(t(text, "imports.upload.forbidden"))));
        i18n.setFile(new UploadI18N.File().setRetry(t(text, "imports.upload.retry")).setStart(t(text, "imports.upload.start"))
                .setRemove(t(text, "imports.upload.remove")));
        i18n.setUnits(List.of("B", "kB", "MB", "GB", "TB"));
        upload.setI18n(i18n);
    }

    private static String t(BiFunction<String, Object[], String> text, String key) {
        return text.apply(key, new Object[0]);
    }
}
