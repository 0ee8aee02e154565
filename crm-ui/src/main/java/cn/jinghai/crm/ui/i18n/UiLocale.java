package cn.jinghai.crm.ui.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.Locale;

/**
 * The session's language: Chinese unless the user switched to English, remembered in a cookie for
 * a year. The browser's own language is ignored on purpose: the office works in Chinese.
 */
@Component
public class UiLocale implements VaadinServiceInitListener {

    static final String COOKIE = "crm-lang";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setLocale(fromCookie(init.getRequest())));
        event.getSource().addUIInitListener(init -> init.getUI().setLocale(init.getUI().getSession().getLocale()));
    }

    static Locale fromCookie(VaadinRequest request) {
        Cookie[] cookies = request == null ? null : request.getCookies();
        if (cookies == null) {
            return CrmI18NProvider.CHINESE;
        }
        return Arrays.stream(cookies).filter(c -> COOKIE.equals(c.getName())).findFirst()
                .map(c -> CrmI18NProvider.supported(Locale.forLanguageTag(c.getValue())))
                .orElse(CrmI18NProvider.CHINESE);
    }

    /** Switches the session to {@code locale}, remembers it, and reloads the page in that language. */
    public static void switchTo(Locale locale) {
        Locale target = CrmI18NProvider.supported(locale);
        VaadinSession.getCurrent().setLocale(target);
        VaadinResponse response = VaadinService.getCurrentResponse();
        if (response != null) {
            Cookie cookie = new Cookie(COOKIE, target.toLanguageTag());
            cookie.setPath("/");
            cookie.setMaxAge(365 * 24 * 3600);
            cookie.setHttpOnly(true);
            response.addCookie(cookie);
        }
        UI.getCurrent().getPage().reload();
    }

    /** The other language of the two, for the switch button. */
    public static Locale other(Locale current) {
        return CrmI18NProvider.ENGLISH.equals(CrmI18NProvider.supported(current)) ? CrmI18NProvider.CHINESE : CrmI18NProvider.ENGLISH;
    }
}
