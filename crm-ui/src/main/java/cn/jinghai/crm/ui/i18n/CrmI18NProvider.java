package cn.jinghai.crm.ui.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The UI's texts, Chinese first. Explicit because Vaadin's default provider falls back to whichever
 * bundle it finds first; here an unsupported locale means Chinese, and a missing key shows as
 * {@code !key!} (a test keeps both languages complete). Each UI feature keeps its texts in its own
 * bundle under {@code i18n/}, so features do not edit one shared file.
 */
@Component
public class CrmI18NProvider implements I18NProvider {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;

    /** The bundles, searched in order; the file without a suffix is the Chinese one. */
    public static final List<String> BUNDLES = List.of("i18n/ui", "i18n/dashboard", "i18n/leads",
            "i18n/office", "i18n/ambassador", "i18n/imports");

    private static final Logger log = LoggerFactory.getLogger(CrmI18NProvider.class);
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(CHINESE, ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale effective = supported(locale);
        for (String name : BUNDLES) {
            ResourceBundle bundle = bundle(name, effective);
            if (bundle != null && bundle.containsKey(key)) {
                String pattern = bundle.getString(key);
                return params.length == 0 ? pattern : new MessageFormat(pattern, effective).format(params);
            }
        }
        log.warn("No UI text for key {} in {}", key, effective);
        return "!" + key + "!";
    }

    /** English when asked for any English locale, Chinese otherwise. */
    public static Locale supported(Locale locale) {
        return locale != null && ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : CHINESE;
    }

    static ResourceBundle bundle(String name, Locale locale) {
        try {
            // the Chinese texts are the root bundle: "zh" must not look for a ui_zh file and then fall back
            Locale lookup = ENGLISH.equals(locale) ? ENGLISH : Locale.ROOT;
            return ResourceBundle.getBundle(name, lookup, CrmI18NProvider.class.getClassLoader(), NO_FALLBACK);
        } catch (MissingResourceException e) {
            return null;
        }
    }
}
