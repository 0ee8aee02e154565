package cn.jinghai.crm.lead.ui.forms;

import cn.jinghai.crm.common.api.CnyAmount;

import java.math.BigDecimal;

/**
 * Planned and contracted amounts are typed in 万元 (how the office talks) or 元; both convert to an
 * exact yuan amount. Nothing is rounded: a value that does not come to whole fen is refused.
 */
public final class Money {

    /** The unit an amount was typed in. */
    public enum Unit {
        WAN(new BigDecimal("10000")),
        YUAN(BigDecimal.ONE);

        private final BigDecimal yuan;

        Unit(BigDecimal yuan) {
            this.yuan = yuan;
        }
    }

    private Money() {
    }

    /** The exact amount in yuan, or null when it has more than two decimals in yuan or is too large. */
    public static CnyAmount toYuan(BigDecimal typed, Unit unit) {
        if (typed == null) {
            return null;
        }
        BigDecimal yuan = typed.multiply(unit.yuan);
        if (yuan.stripTrailingZeros().scale() > 2 || yuan.abs().compareTo(CnyAmount.MAX) > 0) {
            return null;
        }
        return new CnyAmount(yuan);
    }

    /** An amount in yuan as it reads in {@code unit} (for editing), exact and in plain notation. */
    public static BigDecimal in(CnyAmount amount, Unit unit) {
        if (amount == null) {
            return null;
        }
        BigDecimal v = amount.value().divide(unit.yuan).stripTrailingZeros();
        return v.scale() < 0 ? v.setScale(0) : v;
    }
}
