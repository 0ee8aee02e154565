package cn.jinghai.crm.common;

import cn.jinghai.crm.common.api.BusinessTime;
import cn.jinghai.crm.common.api.CnyAmount;
import cn.jinghai.crm.common.api.DomainException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.regex.Pattern;

/** Input rules shared by every aggregate, each refusing with a field-specific validation error. */
public final class Checks {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

    private Checks() {
    }

    /** A required one-line free text: trimmed, not blank, at most {@code max} characters (see {@link #optionalText}). */
    public static String text(String field, String value, int max) {
        String trimmed = optionalText(field, value, max);
        if (trimmed == null) {
            throw DomainException.invalid(field, "error.required");
        }
        return trimmed;
    }

    /**
     * An optional one-line free text: trimmed, blank meaning absent, at most {@code max} characters, and
     * refused if it holds a control character (line feeds included), an invisible format character
     * (U+200B, U+200D, U+2060, U+00AD, U+202E, U+FEFF …), a line or paragraph separator, a lone
     * surrogate or an unassigned code point: such characters make one name look like another.
     */
    public static String optionalText(String field, String value, int max) {
        return checked(field, value, max, false);
    }

    /** A required text of several lines (notes, reasons): as {@link #text}, but line feeds and tabs are allowed. */
    public static String lines(String field, String value, int max) {
        String checked = optionalLines(field, value, max);
        if (checked == null) {
            throw DomainException.invalid(field, "error.required");
        }
        return checked;
    }

    /** An optional text of several lines: line ends become {@code \n}; otherwise as {@link #optionalText}. */
    public static String optionalLines(String field, String value, int max) {
        return checked(field, value == null ? null : value.replace("\r\n", "\n").replace('\r', '\n'), max, true);
    }

    private static String checked(String field, String value, int max, boolean multiline) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.isEmpty()) {
            return null;
        }
        int bad = firstHidden(trimmed, multiline);
        if (bad >= 0) {
            throw DomainException.invalid(field, "error.text.hiddenCharacter", String.format("U+%04X", bad));
        }
        if (trimmed.codePointCount(0, trimmed.length()) > max) {
            throw DomainException.invalid(field, "error.tooLong", max);
        }
        return trimmed;
    }

    /** The first code point a text field may not hold, or -1 (see {@link #optionalText}). */
    public static int firstHidden(String text, boolean multiline) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (hidden(cp) && !(multiline && (cp == '\n' || cp == '\t'))) {
                return cp;
            }
            i += Character.charCount(cp);
        }
        return -1;
    }

    /** Control, format, surrogate, unassigned, line and paragraph separator characters. */
    public static boolean hidden(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.UNASSIGNED,
                 Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> true;
            default -> false;
        };
    }

    /** A reference-data code such as a unit or chain code: upper-case letters, digits, underscores. */
    public static String code(String field, String value) {
        if (value == null || value.isBlank()) {
            throw DomainException.invalid(field, "error.required");
        }
        if (!CODE.matcher(value).matches()) {
            throw DomainException.invalid(field, "error.code.format");
        }
        return value;
    }

    public static <T> T required(String field, T value) {
        if (value == null) {
            throw DomainException.invalid(field, "error.required");
        }
        return value;
    }

    /** The years the system plans and reports for. */
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;

    /** A required year between {@value #FIRST_YEAR} and {@value #LAST_YEAR}. */
    public static int year(String field, Integer year) {
        required(field, year);
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw DomainException.invalid(field, "error.year.range", FIRST_YEAR, LAST_YEAR);
        }
        return year;
    }

    /** A required amount greater than zero. */
    public static CnyAmount positive(String field, CnyAmount amount) {
        required(field, amount);
        if (!amount.isPositive()) {
            throw DomainException.invalid(field, "error.amount.notPositive");
        }
        return amount;
    }

    /** A required business date that is not after today (China Standard Time). */
    public static LocalDate notFuture(String field, LocalDate date, Clock clock) {
        required(field, date);
        if (date.isAfter(BusinessTime.today(clock))) {
            throw DomainException.invalid(field, "error.date.future");
        }
        return date;
    }
}
