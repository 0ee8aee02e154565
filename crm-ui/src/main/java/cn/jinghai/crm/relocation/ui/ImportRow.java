package cn.jinghai.crm.relocation.ui;

import cn.jinghai.crm.relocation.application.ImportOutcome;
import cn.jinghai.crm.relocation.application.RowResult;
import cn.jinghai.crm.relocation.api.RejectionReason;
import org.springframework.context.MessageSource;

import java.util.Locale;

/**
 * One row of an import's report as the screen and the downloaded report show it: the row number the
 * spreadsheet shows, the outcome, the lead (only where the user may see it), and for a rejected row
 * the column as the file names it and the reason in the user's language (the API's texts).
 */
public record ImportRow(int row, ImportOutcome outcome, String leadId, String column, String reason) {

    /** The same texts as {@code POST /api/imports} answers, in {@code locale}. */
    static ImportRow of(RowResult result, MessageSource messages, Locale locale) {
        String leadId = result.leadId() == null ? null : result.leadId().value();
        if (result.rejection() == null) {
            return new ImportRow(result.row(), result.outcome(), leadId, null, null);
        }
        RejectionReason reason = result.rejection().reason();
        String detail = result.rejection().detail();
        if (reason == RejectionReason.LEAD_REFUSED && detail != null) {
            // the detail of a refused lead is the domain's message key
            detail = messages.getMessage(detail, null, detail, locale);
        }
        String column = result.rejection().column();
        String text = messages.getMessage("import.reason." + reason.name(),
                new Object[] {column == null ? "" : column, detail == null ? "" : detail}, reason.name(), locale);
        return new ImportRow(result.row(), result.outcome(), leadId, column, text);
    }
}
