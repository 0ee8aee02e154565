package cn.jinghai.crm.ui.support;

import cn.jinghai.crm.common.api.CnyAmount;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Amounts typed in 万元 or 亿元, converted to yuan exactly: a value that would need a fraction of a
 * fen (more than 2 decimals in yuan) is refused rather than rounded, so what the office typed is what
 * is recorded. Only input conversion: whether the amount is acceptable is the domain's decision.
 */
public enum MoneyInput {
    WAN(new BigDecimal("10000")),
    YI(new BigDecimal("100000000"));

    private final BigDecimal yuanPerUnit;

    MoneyInput(BigDecimal yuanPerUnit) {
        this.yuanPerUnit = yuanPerUnit;
    }

    /**
     * The amount in yuan, or null for no input.
     *
     * @throws IllegalArgumentException when the value is not a whole number of fen, or too large
     */
    public CnyAmount toYuan(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal yuan = value.multiply(yuanPerUnit);
        if (yuan.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("more precise than a fen");
        }
        return new CnyAmount(yuan);
    }

    /** The yuan amount in this unit, exactly (no rounding; trailing zeros dropped), or null. */
    public BigDecimal fromYuan(CnyAmount amount) {
        if (amount == null) {
            return null;
        }
        BigDecimal value = amount.value().divide(yuanPerUnit, 10, RoundingMode.UNNECESSARY).stripTrailingZeros();
        return value.scale() < 0 ? value.setScale(0, RoundingMode.UNNECESSARY) : value;
    }

    /** The bundle key of this unit's label. */
    public String labelKey() {
        return "office.money." + name();
    }
}
