package cn.jinghai.crm.lead.ui;

import cn.jinghai.crm.common.api.CnyAmount;
import cn.jinghai.crm.lead.readmodel.detail.HistoryData;
import cn.jinghai.crm.ui.support.Amounts;
import cn.jinghai.crm.ui.support.Dates;

import java.util.Locale;

/**
 * One line per event of a lead's timeline, in the user's language. Only plain text: whatever a user
 * typed (notes, reasons) is shown as text, never as markup.
 */
final class HistoryText {

    /** Looks a bundle key up with arguments (the view's {@code getTranslation}). */
    interface Texts {
        String get(String key, Object... args);
    }

    private HistoryText() {
    }

    static String summary(HistoryData event, Texts t, Locale locale) {
        if (event instanceof HistoryData.Registered e) {
            return t.get("leads.history.registered", e.companyName(), e.projectName(), e.unitCode(),
                    amount(e.plannedInvestmentCny(), locale));
        }
        if (event instanceof HistoryData.DetailsChanged e) {
            return t.get("leads.history.changed", e.companyName(), e.projectName(), amount(e.plannedInvestmentCny(), locale));
        }
        if (event instanceof HistoryData.StageMoved e) {
            StringBuilder line = new StringBuilder(t.get("leads.history.moved", t.get("leads.stage." + e.from().name()),
                    t.get("leads.stage." + e.to().name()), Dates.format(e.date())));
            if (e.contractedCny() != null) {
                line.append(" · ").append(t.get("leads.history.contracted", amount(e.contractedCny(), locale)));
            }
            if (e.reviewDate() != null) {
                line.append(" · ").append(t.get("leads.history.review", Dates.format(e.reviewDate())));
            }
            return withReason(line.toString(), e.reason(), t);
        }
        if (event instanceof HistoryData.Reassigned e) {
            return withReason(t.get("leads.history.reassigned", e.fromUnit(), e.toUnit(), Dates.format(e.effectiveDate())),
                    e.reason(), t);
        }
        if (event instanceof HistoryData.Activity e) {
            return t.get("leads.history.activity", t.get("leads.activity." + e.type().name()), Dates.format(e.date()),
                    e.notes() == null ? "" : e.notes());
        }
        if (event instanceof HistoryData.TrancheReported e) {
            return t.get("leads.history.tranche", e.amount().toPlainString(), e.currency(),
                    amount(e.amountCny(), locale), Dates.format(e.arrivalDate()));
        }
        if (event instanceof HistoryData.TrancheVerified) {
            return t.get("leads.history.verified");
        }
        if (event instanceof HistoryData.TrancheRejected e) {
            return withReason(t.get("leads.history.rejected"), e.reason(), t);
        }
        if (event instanceof HistoryData.TrancheReversed e) {
            return withReason(t.get("leads.history.reversed"), e.reason(), t);
        }
        return "";
    }

    private static String withReason(String line, String reason, Texts t) {
        return reason == null || reason.isBlank() ? line : line + " · " + t.get("leads.history.reason", reason);
    }

    private static String amount(CnyAmount amount, Locale locale) {
        return amount == null ? "—" : Amounts.format(amount.value(), locale);
    }
}
