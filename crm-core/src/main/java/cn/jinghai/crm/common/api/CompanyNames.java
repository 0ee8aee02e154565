package cn.jinghai.crm.common.api;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The comparison form of a company name, so that variants of one name match: full-width characters
 * become half-width (NFKC), all white space goes, brackets of either width become one kind, Latin
 * letters are lower-cased, and 有限责任公司 is treated as 有限公司 (the same legal form, written both
 * ways in lists), and characters nobody sees (control and format characters such as U+200B, U+200D,
 * U+2060, U+00AD, U+202E) go, so that a name carrying them matches the name without them. Display
 * names are never replaced by this form.
 */
public final class CompanyNames {

    private CompanyNames() {
    }

    public static String normalise(String name) {
        if (name == null) {
            return "";
        }
        String s = Normalizer.normalize(name, Normalizer.Form.NFKC);
        s = s.replaceAll("[\\s\\u3000\\p{Cc}\\p{Cf}\\p{Cs}\\p{Cn}\\p{Zl}\\p{Zp}]+", "");
        s = s.replace('【', '(').replace('】', ')').replace('[', '(').replace(']', ')')
                .replace('〔', '(').replace('〕', ')');
        s = s.replace("有限责任公司", "有限公司");
        return s.toLowerCase(Locale.ROOT);
    }
}
