package cn.jinghai.crm.common.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount in a currency (ISO 4217) with the rate to CNY the office uses (the PBOC central parity of
 * the arrival date, entered, never fetched). {@link #toCny()} is amount x rate rounded half-up to
 * 0.01 yuan; events keep the result, so a replay never re-prices history.
 */
public record ForeignAmount(BigDecimal amount, String currency, BigDecimal rateToCny) {

    public static final int RATE_MAX_DECIMALS = 6;

    public ForeignAmount {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(rateToCny, "rateToCny");
    }

    /**
     * Validates the three parts, refusing with a field-specific error: a positive amount with at most
     * two decimals, a known currency code, a positive rate with at most six decimals (exactly 1 for CNY).
     */
    public static ForeignAmount of(String amount, String currency, String rateToCny) {
        BigDecimal value = decimal("amount", amount, 2, 15);
        if (value.signum() <= 0) {
            throw DomainException.invalid("amount", "error.amount.notPositive");
        }
        if (currency == null || currency.isBlank()) {
            throw DomainException.invalid("currency", "error.required");
        }
        if (!currency.matches("[A-Z]{3}") || Currency.getAvailableCurrencies().stream()
                .noneMatch(c -> c.getCurrencyCode().equals(currency))) {
            throw DomainException.invalid("currency", "error.currency");
        }
        BigDecimal rate = decimal("rateToCny", rateToCny, RATE_MAX_DECIMALS, 6);
        if (rate.signum() <= 0) {
            throw DomainException.invalid("rateToCny", "error.rate.notPositive");
        }
        if ("CNY".equals(currency) && rate.compareTo(BigDecimal.ONE) != 0) {
            throw DomainException.invalid("rateToCny", "error.rate.cny");
        }
        ForeignAmount result = new ForeignAmount(value, currency, rate);
        result.toCny(); // refuses a product beyond the largest CNY amount
        return result;
    }

    public CnyAmount toCny() {
        try {
            return new CnyAmount(amount.multiply(rateToCny).setScale(2, RoundingMode.HALF_UP));
        } catch (IllegalArgumentException tooLarge) {
            throw DomainException.invalid("amount", "error.amount.tooLarge");
        }
    }

    private static BigDecimal decimal(String field, String text, int maxDecimals, int maxIntegerDigits) {
        if (text == null || text.isBlank()) {
            throw DomainException.invalid(field, "error.required");
        }
        if (!text.matches("-?\\d{1," + maxIntegerDigits + "}(\\.\\d{1," + maxDecimals + "})?")) {
            throw DomainException.invalid(field, "error.decimal", maxDecimals);
        }
        return new BigDecimal(text);
    }
}
