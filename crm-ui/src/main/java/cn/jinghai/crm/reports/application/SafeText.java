package cn.jinghai.crm.reports.application;

/**
 * Formula-injection defence (OWASP "CSV injection"): a text starting with {@code = + - @}, a tab or a
 * carriage return could be taken for a formula by Excel or WPS, so it is written with a leading
 * apostrophe, which both show as text. Numbers are never passed through here; they are written as
 * numeric cells (xlsx) or plain decimals (csv).
 */
public final class SafeText {

    private SafeText() {
    }

    public static String of(String value) {
        if (value == null || value.isEmpty()) {
            return value == null ? "" : value;
        }
        char first = value.charAt(0);
        if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                || first == '＝' || first == '＋' || first == '－' || first == '＠') {
            return "'" + value;
        }
        return value;
    }
}
