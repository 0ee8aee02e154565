package cn.jinghai.crm.ui.support;

import cn.jinghai.crm.ui.i18n.CrmI18NProvider;
import com.vaadin.flow.component.html.Span;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Money as the office reads it: 亿元 from one hundred million yuan up, 万元 below (in English
 * billions and millions of yuan), two decimals rounded half-up for display only; the exact yuan
 * amount is always one hover away ({@link #span}).
 */
public final class Amounts {

    private static final BigDecimal YI = new BigDecimal("100000000");
    private static final BigDecimal WAN = new BigDecimal("10000");
    private static final BigDecimal BILLION = new BigDecimal("1000000000");
    private static final BigDecimal MILLION = new BigDecimal("1000000");

    private Amounts() {
    }

    /** A short amount, e.g. {@code 152.37亿元} or {@code 1,250.00万元}; "—" for none. */
    public static String format(BigDecimal yuan, Locale locale) {
        if (yuan == null) {
            return "—";
        }
        boolean english = CrmI18NProvider.ENGLISH.equals(CrmI18NProvider.supported(locale));
        BigDecimal abs = yuan.abs();
        if (english) {
            return abs.compareTo(YI) >= 0
                    ? "CNY " + grouped(yuan.divide(BILLION, 2, RoundingMode.HALF_UP)) + " bn"
                    : "CNY " + grouped(yuan.divide(MILLION, 2, RoundingMode.HALF_UP)) + " m";
        }
        return abs.compareTo(YI) >= 0
                ? grouped(yuan.divide(YI, 2, RoundingMode.HALF_UP)) + "亿元"
                : grouped(yuan.divide(WAN, 2, RoundingMode.HALF_UP)) + "万元";
    }

    /** The exact amount in yuan, e.g. {@code ¥15,000,000,000.00}. */
    public static String exact(BigDecimal yuan) {
        return yuan == null ? "—" : "¥" + grouped(yuan.setScale(2, RoundingMode.UNNECESSARY));
    }

    /** In 万元 for tables and charts whose axis says 万元: exact (yuan have at most 2 decimals, so 6 suffice). */
    public static BigDecimal wan(BigDecimal yuan) {
        return yuan == null ? BigDecimal.ZERO : yuan.divide(WAN, 6, RoundingMode.UNNECESSARY).stripTrailingZeros();
    }

    /** In 亿元 for charts (display only, 4 decimals). */
    public static BigDecimal yi(BigDecimal yuan) {
        return yuan == null ? BigDecimal.ZERO : yuan.divide(YI, 4, RoundingMode.HALF_UP);
    }

    /** A span with the short amount, the exact one as its tooltip. */
    public static Span span(BigDecimal yuan, Locale locale) {
        Span span = new Span(format(yuan, locale));
        span.addClassName("amount");
        span.getElement().setAttribute("title", exact(yuan));
        return span;
    }

    /** A completion rate (exact decimal fraction) as a percentage with two decimals. */
    public static String percent(BigDecimal rate) {
        return rate == null ? "—" : rate.movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    private static String grouped(BigDecimal value) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }
}
