package cn.jinghai.crm.ui.support;

import cn.jinghai.crm.common.api.Actor;
import cn.jinghai.crm.common.api.Role;
import cn.jinghai.crm.platform.security.CrmPrincipal;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** The signed-in user of the current UI, as the views need it (role, unit, display name). */
@Component
public class CurrentUser {

    private final AuthenticationContext context;

    public CurrentUser(AuthenticationContext context) {
        this.context = context;
    }

    public Optional<CrmPrincipal> principal() {
        return context.getAuthenticatedUser(CrmPrincipal.class);
    }

    public Actor actor() {
        return principal().map(CrmPrincipal::actor).orElseThrow(() -> new IllegalStateException("not signed in"));
    }

    public Role role() {
        return actor().role();
    }

    public boolean is(Role role) {
        return principal().map(p -> p.role() == role).orElse(false);
    }

    /** Whether the user works every unit's leads (the district office) rather than one unit's. */
    public boolean office() {
        return is(Role.DISTRICT_OFFICE);
    }

    public void logout() {
        context.logout();
    }
}
