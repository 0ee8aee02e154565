package cn.jinghai.crm.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * Exchange rates for the demo's foreign tranches: the PBOC central parity of 2022, month by month
 * (approximately: each month's typical level, CNY per unit, JPY per 1 yen), with a small repeatable
 * daily variation. Entered with the tranche as an office would, never fetched.
 */
final class DemoRates {

    private static final double[] USD = {6.3700, 6.3450, 6.3400, 6.4500, 6.6600, 6.7000, 6.7300, 6.8000, 6.9500,
            7.1000, 7.1600, 6.9700};
    private static final double[] EUR = {7.2000, 7.1600, 7.0100, 6.9400, 7.0500, 7.0400, 6.8600, 6.9000, 6.9200,
            6.9700, 7.3200, 7.3900};
    private static final double[] JPY = {0.055200, 0.055100, 0.053800, 0.051100, 0.051700, 0.049800, 0.049500,
            0.050600, 0.048900, 0.048500, 0.050300, 0.051500};

    private DemoRates() {
    }

    /** The rate of {@code currency} on {@code date}, as a plain decimal string (4 decimals, 6 for yen). */
    static String rate(String currency, LocalDate date) {
        int month = date.getMonthValue() - 1;
        double wiggle = ((date.getDayOfMonth() * 37) % 41 - 20) / 10_000.0;
        return switch (currency) {
            case "USD" -> BigDecimal.valueOf(USD[month] + wiggle).setScale(4, RoundingMode.HALF_UP).toPlainString();
            case "EUR" -> BigDecimal.valueOf(EUR[month] + wiggle).setScale(4, RoundingMode.HALF_UP).toPlainString();
            case "JPY" -> BigDecimal.valueOf(JPY[month] + wiggle / 100).setScale(6, RoundingMode.HALF_UP).toPlainString();
            default -> "1";
        };
    }

    static String currency(String foreignStyle) {
        return switch (foreignStyle) {
            case "JP" -> "JPY";
            case "DE" -> "EUR";
            default -> "USD";
        };
    }
}
