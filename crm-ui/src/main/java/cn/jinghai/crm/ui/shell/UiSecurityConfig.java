package cn.jinghai.crm.ui.shell;

import cn.jinghai.crm.ui.login.LoginView;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

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
 */
@Configuration(proxyBeanMethods = false)
public class UiSecurityConfig {

    @Bean
    @Order(2)
    public SecurityFilterChain uiSecurity(HttpSecurity http, AuthenticationManager authenticationManager) throws Exception {
        http.authenticationManager(authenticationManager);
        http.headers(headers -> headers
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(
                        org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/login")).build();
    }
}
