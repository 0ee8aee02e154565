package cn.jinghai.crm.common.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An exact amount of Chinese yuan, kept with two decimals and never as a floating-point number.
 * Serialised as a decimal string ({@code "15000000000"}, {@code "1234.50"}).
 */
public record CnyAmount(BigDecimal value) implements Comparable<CnyAmount> {

    /** Upper bound on any amount: 10^15 yuan, far above any project, far below overflow. */
    public static final BigDecimal MAX = new BigDecimal("999999999999999.99");
    public static final CnyAmount ZERO = new CnyAmount(BigDecimal.ZERO);

    public CnyAmount {
        if (value == null) {
            throw new IllegalArgumentException("amount is required");
        }
        if (value.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("at most 2 decimals");
        }
        if (value.abs().compareTo(MAX) > 0) {
            throw new IllegalArgumentException("amount too large");
        }
        value = value.setScale(2, RoundingMode.UNNECESSARY);
    }

    /**
     * Parses a decimal string (plain notation, optional sign, at most two decimals).
     *
     * @throws IllegalArgumentException with a short reason when the text is not such an amount
     */
    @JsonCreator
    public static CnyAmount parse(String text) {
        if (text == null || !text.matches("-?\\d{1,15}(\\.\\d{1,2})?")) {
            throw new IllegalArgumentException("not a decimal amount with at most 2 decimals: " + abbreviate(text));
        }
        return new CnyAmount(new BigDecimal(text));
    }

    public static CnyAmount of(String text) {
        return parse(text);
    }

    public boolean isPositive() {
        return value.signum() > 0;
    }

    public CnyAmount plus(CnyAmount other) {
        return new CnyAmount(value.add(other.value));
    }

    public CnyAmount minus(CnyAmount other) {
        return new CnyAmount(value.subtract(other.value));
    }

    /** The amount as API.md writes it: no decimals when whole, else exactly two. */
    @JsonValue
    @Override
    public String toString() {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() <= 0 ? stripped.setScale(0, RoundingMode.UNNECESSARY).toPlainString() : value.toPlainString();
    }

    @Override
    public int compareTo(CnyAmount o) {
        return value.compareTo(o.value);
    }

    private static String abbreviate(String text) {
        if (text == null) {
            return "null";
        }
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
