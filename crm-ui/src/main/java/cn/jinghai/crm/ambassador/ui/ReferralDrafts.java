package cn.jinghai.crm.ambassador.ui;

import cn.jinghai.crm.common.api.CnyAmount;
import cn.jinghai.crm.referral.application.ReferralSubmission;

import java.math.BigDecimal;

/**
 * Turns the form's draft into the referral the application submits. Only the form's own shape is
 * handled here (the expected investment is typed in 万元); surrounding spaces, blanks and every rule of
 * a referral are the application's and the domain's, the same as for {@code POST /api/referrals}.
 */
public final class ReferralDrafts {

    /** Yuan keep two decimals, so an amount in 万元 converts exactly with at most six. */
    static final int MAX_WAN_DECIMALS = 6;

    private ReferralDrafts() {
    }

    public static ReferralSubmission submission(ReferralDraft draft) {
        return new ReferralSubmission(draft.getCompanyName(), draft.getCreditCode(), draft.getContact(),
                draft.getNotes(), yuan(draft.getExpectedInvestmentWan()));
    }

    /** 万元 to yuan, exactly (a shift of the decimal point, never a float); null stays null. */
    public static CnyAmount yuan(BigDecimal wan) {
        return wan == null ? null : new CnyAmount(wan.movePointRight(4));
    }

    /** Whether an amount typed in 万元 converts to whole fen (0.01 yuan) without rounding. */
    public static boolean convertsExactly(BigDecimal wan) {
        return wan == null || wan.stripTrailingZeros().scale() <= MAX_WAN_DECIMALS;
    }
}
