package cn.jinghai.crm.relocation.ui;

import cn.jinghai.crm.reports.application.CsvWriter;
import cn.jinghai.crm.reports.application.Spreadsheet;
import cn.jinghai.crm.reports.application.XlsxWriter;
import cn.jinghai.crm.relocation.application.ImportOutcome;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * An import's row-by-row report as a file (csv or xlsx) through the project's safe writers: a
 * company name or column header from the uploaded file can never be read as a formula.
 */
final class ImportReport {

    private ImportReport() {
    }

    /**
     * @param headers  row, outcome, lead, column, reason, in the user's language
     * @param outcomes the translated name of each outcome
     */
    static Spreadsheet write(List<ImportRow> rows, boolean xlsx, String sheet, List<String> headers,
                             Function<ImportOutcome, String> outcomes, String baseName) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (xlsx) {
                try (XlsxWriter writer = new XlsxWriter()) {
                    writer.sheet(sheet, headers);
                    rows.forEach(r -> writer.row(values(r, outcomes)));
                    writer.write(out);
                }
            } else {
                try (CsvWriter writer = new CsvWriter(out, headers)) {
                    for (ImportRow r : rows) {
                        writer.row(values(r, outcomes));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Spreadsheet(out.toByteArray(), xlsx ? Spreadsheet.XLSX : Spreadsheet.CSV,
                baseName + (xlsx ? ".xlsx" : ".csv"));
    }

    static List<Object> values(ImportRow r, Function<ImportOutcome, String> outcomes) {
        return Arrays.asList(r.row(), outcomes.apply(r.outcome()), r.leadId(), r.column(), r.reason());
    }
}
