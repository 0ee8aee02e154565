package cn.jinghai.crm.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Objects;

/**
 * For the web UI's sessions what the {@link CachingAuthenticationProvider} does for API calls: on
 * every request of a signed-in session the account's row is read again (one primary-key read), and
 * a session whose account was meanwhile locked, disabled, given a new password or another role or
 * unit (by any instance sharing the store) ends at once: the request goes on as anonymous, so the
 * user lands on the sign-in page (DOMAIN.md, security: "takes effect at once").
 */
public final class SessionAccountCheck extends OncePerRequestFilter {

    private final UserAccounts users;

    public SessionAccountCheck(UserAccounts users) {
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof CrmPrincipal principal && !stillValid(principal)) {
            SecurityContextHolder.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
        }
        chain.doFilter(request, response);
    }

    private boolean stillValid(CrmPrincipal principal) {
        UserAccount now = users.find(principal.getUsername()).orElse(null);
        return now != null && now.enabled() && !users.isLocked(now)
                && now.passwordHash().equals(principal.getPassword())
                && now.role() == principal.role()
                && Objects.equals(now.unitCode(), principal.actor().unitCode());
    }
}
