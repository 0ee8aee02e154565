package cn.jinghai.crm.ui.shell;

import cn.jinghai.crm.common.api.Role;
import cn.jinghai.crm.ui.support.CurrentUser;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * What anyone signed in sees for an address that does not exist or that they may not open: a refused
 * view is audited and turned into "not found" ({@link DeniedRouteAudit}), and this one page answers
 * both, alike and with 404, so nobody learns from it whether a page exists. It stands outside the
 * staff frame, so an ambassador who types a staff address sees no staff menu, and it offers the way
 * back to the user's own start page (the root sends each role home).
 */
@AnonymousAllowed
@CssImport("./styles/ambassador.css")
public class NotFoundOrDeniedView extends Main implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    private final CurrentUser user;

    public NotFoundOrDeniedView(CurrentUser user) {
        this.user = user;
        addClassName("amb-denied");
        setId("not-found-or-denied");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        H1 title = new H1(getTranslation("denied.title"));
        Paragraph text = new Paragraph(getTranslation("denied.text"));
        // relative to the application's base: the ambassador's page, or the root that sends staff home
        boolean ambassador = user.is(Role.AMBASSADOR);
        Anchor home = new Anchor(ambassador ? "ambassador" : "", getTranslation(ambassador ? "denied.home.ambassador" : "denied.home"));
        home.setId("denied-home");
        home.addClassName("amb-home-link");
        add(title, text, home);
        return HttpStatusCode.NOT_FOUND.getCode();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("denied.title") + " | " + getTranslation("app.title");
    }
}
