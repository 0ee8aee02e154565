package cn.jinghai.crm.platform.security;

import cn.jinghai.crm.common.api.Actor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The signed-in user of the current request as an {@link Actor}. */
public final class CurrentActor {

    private CurrentActor() {
    }

    /** The actor, or {@code null} outside an authenticated request (start-up jobs, for example). */
    public static Actor get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof CrmPrincipal principal) {
            return principal.actor();
        }
        return null;
    }
}
