package cn.jinghai.crm.common.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A unified social credit code (统一社会信用代码): 18 characters from the GB 32100-2015 character
 * set, the last being a check character computed over the first 17 (weights 3^i mod 31).
 */
public record CreditCode(String value) {

    private static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    public CreditCode {
        if (!isValid(value)) {
            throw new IllegalArgumentException("invalid credit code");
        }
    }

    @JsonCreator
    public static CreditCode of(String value) {
        return new CreditCode(value);
    }

    /**
     * Reads an optional credit code as typed by a person: blank means none; letters are upper-cased
     * and surrounding spaces dropped; anything else that is not a valid code is refused naming
     * {@code field}.
     */
    public static CreditCode optional(String field, String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String normalised = typed.strip().toUpperCase(java.util.Locale.ROOT);
        if (!isValid(normalised)) {
            throw DomainException.invalid(field, "error.creditCode.invalid");
        }
        return new CreditCode(normalised);
    }

    /** Whether {@code candidate} is 18 characters of the standard's set with a correct check character. */
    public static boolean isValid(String candidate) {
        if (candidate == null || candidate.length() != 18) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int v = CHARSET.indexOf(candidate.charAt(i));
            if (v < 0) {
                return false;
            }
            sum += v * WEIGHTS[i];
        }
        int check = (31 - sum % 31) % 31;
        return candidate.charAt(17) == CHARSET.charAt(check);
    }

    /** The check character for the first 17 characters, for tests and data generators. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int v = CHARSET.indexOf(first17.charAt(i));
            if (v < 0) {
                throw new IllegalArgumentException("character outside GB 32100-2015 set: " + first17.charAt(i));
            }
            sum += v * WEIGHTS[i];
        }
        return CHARSET.charAt((31 - sum % 31) % 31);
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
