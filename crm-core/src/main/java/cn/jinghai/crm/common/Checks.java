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

    /** A required free text: trimmed, not blank, at most {@code max} characters. */
    public static String text(String field, String value, int max) {
        String trimmed = optionalText(field, value, max);
        if (trimmed == null) {
            throw DomainException.invalid(field, "error.required");
        }
        return trimmed;
    }

    /** An optional free text: trimmed, blank meaning absent, at most {@code max} characters. */
    public static String optionalText(String field, String value, int max) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.isEmpty()) {
            return null;
        }
        if (trimmed.codePointCount(0, trimmed.length()) > max) {
            throw DomainException.invalid(field, "error.tooLong", max);
        }
        return trimmed;
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
