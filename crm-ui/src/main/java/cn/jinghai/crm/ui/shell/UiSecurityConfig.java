package cn.jinghai.crm.ui.shell;

import cn.jinghai.crm.platform.security.ExpiredSignInPage;
import cn.jinghai.crm.platform.security.SecurityHeaders;
import cn.jinghai.crm.platform.security.SessionAccountCheck;
import cn.jinghai.crm.platform.security.UserAccounts;
import cn.jinghai.crm.ui.login.LoginView;
import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CsrfFilter;

/**
 * The web UI's chain: a session with form login on the same users, lock-out and audit as the API
 * (the same {@link AuthenticationManager}); views say who may open them with {@code @RolesAllowed},
 * and every command and query behind them is checked again where it is handled. The session ends
 * after 30 idle minutes ({@code server.servlet.session.timeout}, heartbeats do not count).
 * <p>Vaadin's session-backed security context strategy is deliberately not installed: it replaces
 * the JVM-wide {@code SecurityContextHolder} strategy with one whose thread-local belongs to one
 * application context (seen breaking the actor of API requests when two contexts share a JVM, as
 * in tests). Every UI request passes Spring Security's filters, which load the context from the
 * HTTP session into the usual thread-local; the UI uses no server push.
 * <p>CSRF: Vaadin's own requests carry Vaadin's token and are left to it; everything else, the
 * sign-in form's POST to {@code /login} included, needs Spring Security's token (Vaadin by default
 * exempts the login path, so a page on another site could sign a browser into an account of its
 * choosing). The login form sends the token from the {@code _csrf} meta tags of the page.
 * <p>A signed-in session ends on its next request once its account is locked, disabled or given a
 * new password ({@link SessionAccountCheck}).
 * <p>Headers: the Content-Security-Policy of {@link SecurityHeaders#UI_POLICY}, no framing, and
 * Strict-Transport-Security on every answer when {@code crm.security.hsts} is set (behind TLS).
 */
@Configuration(proxyBeanMethods = false)
public class UiSecurityConfig {

    @Bean
    @Order(2)
    public SecurityFilterChain uiSecurity(HttpSecurity http, AuthenticationManager authenticationManager, RequestUtil requestUtil,
                                          UserAccounts users, @Value("${crm.security.hsts:false}") boolean hstsAlways) throws Exception {
        http.authenticationManager(authenticationManager);
        http.headers(headers -> headers
                .frameOptions(frame -> frame.deny())
                .contentSecurityPolicy(csp -> csp.policyDirectives(SecurityHeaders.UI_POLICY))
                .httpStrictTransportSecurity(hsts -> hsts.disable())
                .addHeaderWriter(SecurityHeaders.hsts(hstsAlways))
                .referrerPolicy(referrer -> referrer.policy(
                        org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        http.csrf(csrf -> csrf.ignoringRequestMatchers(requestUtil::isFrameworkInternalRequest));
        // a sign-in page left open past its session goes back to the sign-in page, not to a bare 403
        http.addFilterBefore(new ExpiredSignInPage("/login"), CsrfFilter.class);
        // a session whose account was locked, disabled or given a new password ends on its next request
        http.addFilterAfter(new SessionAccountCheck(users), SecurityContextHolderFilter.class);
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/login")
                .enableCsrfConfiguration(false)).build();
    }
}
