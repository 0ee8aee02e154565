package cn.jinghai.crm.relocation.application;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Normalises what people type into list cells: full-width letters, digits and punctuation become
 * half-width (NFKC), runs of white space (full-width and no-break spaces included) become one space,
 * characters nobody sees (control and format characters) go, and spaces next to Chinese characters go ({@code 北京 华科 有限公司} is {@code 北京华科有限公司}).
 */
final class CellText {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u3000\\u00A0\\u0085\\u2028\\u2029]+");
    /** Control and format characters nobody sees (U+200B, U+FEFF, U+00AD …): cells copied from elsewhere carry them. */
    private static final Pattern HIDDEN = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Cs}\\p{Cn}]+");
    private static final Pattern SPACE_NEAR_CJK = Pattern.compile("(?<=[\\p{IsHan}（）()]) | (?=[\\p{IsHan}（）()])");

    /** {@code raw} as typed, only without the characters nobody sees (a header named back to its writer). */
    static String withoutHidden(String raw) {
        return raw == null ? "" : HIDDEN.matcher(raw).replaceAll("");
    }

    private CellText() {
    }

    static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        String s = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        s = SPACES.matcher(s).replaceAll(" ");
        s = HIDDEN.matcher(s).replaceAll("").strip();
        return SPACE_NEAR_CJK.matcher(s).replaceAll("");
    }

    /**
     * A company name for display and storage: cleaned, with round brackets written full-width as
     * registered Chinese names write them ({@code 北京(天津)} becomes {@code 北京（天津）}). Matching uses
     * {@link cn.jinghai.crm.common.api.CompanyNames#normalise}, which ignores these differences anyway.
     */
    static String companyName(String raw) {
        String s = clean(raw).replace('(', '（').replace(')', '）');
        return SPACE_NEAR_CJK.matcher(s).replaceAll("");
    }

    /** Cleaned, and without any white space at all (codes and phone numbers). */
    static String compact(String raw) {
        return SPACES.matcher(clean(raw)).replaceAll("");
    }

    static int length(String s) {
        return s.codePointCount(0, s.length());
    }
}
