package cn.jinghai.crm.ambassador.ui;

import cn.jinghai.crm.ui.i18n.LanguageSwitch;
import cn.jinghai.crm.ui.support.CurrentUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;

/**
 * The ambassador's own small header instead of the staff frame: the page's title, who is signed
 * in, the language switch and sign-out. No menu: there is nowhere else for an ambassador to go.
 */
class AmbassadorHeader extends Header {

    AmbassadorHeader(CurrentUser user) {
        addClassName("amb-header");
        H1 title = new H1();
        title.setId("amb-title");
        title.addClassName("amb-title");
        Span who = new Span();
        who.setId("amb-user");
        who.addClassName("amb-user");
        Button logout = new Button();
        logout.setId("logout");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        logout.addClickListener(e -> user.logout());
        Div tools = new Div(who, new LanguageSwitch(), logout);
        tools.addClassName("amb-tools");
        add(title, tools);
        addAttachListener(e -> {
            title.setText(getTranslation("ambassador.title"));
            logout.setText(getTranslation("nav.logout"));
            user.principal().ifPresent(p -> who.setText(p.displayName()));
        });
    }
}
