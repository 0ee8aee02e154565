package cn.jinghai.crm.reports.application;

/**
 * Formula-injection defence (OWASP "CSV injection"): a text starting with {@code = + - @}, a tab or a
 * carriage return could be taken for a formula by Excel or WPS, so it is written with a leading
 * apostrophe, which both show as text. Numbers are never passed through here; they are written as
 * numeric cells (xlsx) or plain decimals (csv). Control and invisible format characters that texts
 * recorded before they were refused may hold (NUL, BEL, U+200B …) are left out; line feeds and tabs
 * inside a text stay (csv quotes such a field).
 */
public final class SafeText {

    private static final java.util.regex.Pattern HIDDEN =
            java.util.regex.Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Cs}\\p{Cn}&&[^\\n\\r\\t]]");

    private SafeText() {
    }

    public static String of(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        String value = HIDDEN.matcher(raw).replaceAll("");
        if (value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                || first == '＝' || first == '＋' || first == '－' || first == '＠') {
            return "'" + value;
        }
        return value;
    }
}
