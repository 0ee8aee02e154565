package cn.jinghai.crm.ambassador.ui;

import cn.jinghai.crm.common.api.CnyAmount;
import cn.jinghai.crm.common.api.CreditCode;
import cn.jinghai.crm.referral.api.ReferralId;
import cn.jinghai.crm.referral.api.SubmitReferralCommand;

import java.math.BigDecimal;

/**
 * Turns the form's draft into the same command {@code POST /api/referrals} sends. Only the form's
 * shape is handled here (万元 to yuan, blanks to none, surrounding spaces); every rule of a referral
 * (required texts, lengths, the credit code's check character, a positive amount) stays with the domain.
 */
public final class ReferralCommands {

    /** Yuan keep two decimals, so an amount in 万元 converts exactly with at most six. */
    static final int MAX_WAN_DECIMALS = 6;

    private ReferralCommands() {
    }

    public static SubmitReferralCommand submit(ReferralId id, ReferralDraft draft) {
        return new SubmitReferralCommand(id, trimmed(draft.getCompanyName()),
                CreditCode.optional("creditCode", draft.getCreditCode()), trimmed(draft.getContact()),
                trimmed(draft.getNotes()), yuan(draft.getExpectedInvestmentWan()));
    }

    /** 万元 to yuan, exactly (a shift of the decimal point, never a float); null stays null. */
    public static CnyAmount yuan(BigDecimal wan) {
        return wan == null ? null : new CnyAmount(wan.movePointRight(4));
    }

    /** Whether an amount typed in 万元 converts to whole fen (0.01 yuan) without rounding. */
    public static boolean convertsExactly(BigDecimal wan) {
        return wan == null || wan.stripTrailingZeros().scale() <= MAX_WAN_DECIMALS;
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
