package cn.jinghai.crm.ui.root;

import cn.jinghai.crm.common.api.Role;
import cn.jinghai.crm.ui.support.CurrentUser;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** The start page sends each role to its home: ambassadors to their own page, staff to the dashboard. */
@Route(value = "", autoLayout = false)
@PermitAll
public class RootView extends Div implements BeforeEnterObserver {

    private final CurrentUser user;

    public RootView(CurrentUser user) {
        this.user = user;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String home = user.is(Role.AMBASSADOR) ? "ambassador" : "dashboard";
        event.forwardTo(home);
    }
}
