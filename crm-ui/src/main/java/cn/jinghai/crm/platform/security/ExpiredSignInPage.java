package cn.jinghai.crm.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * The sign-in form needs the CSRF token its page was served with, which lives in the HTTP session.
 * A sign-in page left open until its session ended (30 idle minutes) would post a token that can no
 * longer match and get a bare 403; instead, a POST to the sign-in URL without a live session goes
 * back to the sign-in page with its error shown, so the user simply signs in again. Nobody is signed
 * in by it, and a POST with a live session but without the right token is still refused by Spring
 * Security's CSRF filter.
 */
public final class ExpiredSignInPage extends OncePerRequestFilter {

    private final String loginPath;

    public ExpiredSignInPage(String loginPath) {
        this.loginPath = loginPath;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if ("POST".equals(request.getMethod()) && loginPath.equals(path) && request.getSession(false) == null) {
            response.sendRedirect(request.getContextPath() + loginPath + "?error");
            return;
        }
        chain.doFilter(request, response);
    }
}
