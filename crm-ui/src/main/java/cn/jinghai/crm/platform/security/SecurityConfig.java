package cn.jinghai.crm.platform.security;

import cn.jinghai.crm.platform.errors.ApiErrors;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

import java.io.IOException;
import java.time.Duration;

/**
 * The API is stateless HTTP Basic (no session, no CSRF token) with the application's own users.
 * Unauthenticated: 401; a role that may not: 403, audited; too many failed sign-ins: 429 with
 * {@code Retry-After}. Health and the OpenAPI document are open. Roles are also checked where
 * commands and queries are handled, so a controller cannot forget them.
 * <p>Browsers: requests from other sites are refused and form-like writes need a header a form
 * cannot send ({@link CrossSiteRequestGuard}); a browser is never sent a Basic challenge, so it never
 * asks for, nor keeps, credentials for the API (other clients still get the challenge).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity(jsr250Enabled = true)
public class SecurityConfig {

    private static final String CHALLENGE = "Basic realm=\"crm\", charset=\"UTF-8\"";

    @Bean
    public PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    public LoginThrottle loginThrottle(
            @Value("${crm.security.login-throttle.account-failures:10}") int accountFailures,
            @Value("${crm.security.login-throttle.account-period:15m}") Duration accountPeriod,
            @Value("${crm.security.login-throttle.address-failures:30}") int addressFailures,
            @Value("${crm.security.login-throttle.address-period:10m}") Duration addressPeriod) {
        return new LoginThrottle(accountFailures, accountPeriod, addressFailures, addressPeriod);
    }

    @Bean
    public CachingAuthenticationProvider authenticationProvider(UserAccounts users, PasswordEncoder encoder, AuditLog audit,
                                                                LoginThrottle throttle) {
        return new CachingAuthenticationProvider(users, encoder, audit, throttle);
    }

    @Bean
    public AuthenticationManager authenticationManager(CachingAuthenticationProvider provider) {
        ProviderManager manager = new ProviderManager(provider);
        manager.setEraseCredentialsAfterAuthentication(true);
        return manager;
    }

    /** First: the API, health and OpenAPI paths; everything else is the web UI's chain ({@code UiSecurityConfig}). */
    @Bean
    @Order(1)
    public SecurityFilterChain apiSecurity(HttpSecurity http, AuthenticationManager authenticationManager,
                                           ApiErrors errors, AuditLog audit,
                                           @Value("${crm.security.hsts:false}") boolean hstsAlways) throws Exception {
        AuthenticationEntryPoint unauthorized = (request, response, e) -> unauthorized(errors, request, response, e);
        return http
                .securityMatcher("/api/**", "/actuator/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                .authenticationManager(authenticationManager)
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(new CrossSiteRequestGuard(errors), BasicAuthenticationFilter.class)
                .addFilterBefore(new ApiAcceptHeader(), BasicAuthenticationFilter.class)
                .headers(headers -> headers
                        .frameOptions(frame -> frame.deny())
                        .httpStrictTransportSecurity(hsts -> hsts.disable())
                        .addHeaderWriter(SecurityHeaders.hsts(hstsAlways))
                        .addHeaderWriter(SecurityHeaders.apiPolicy()))
                .httpBasic(basic -> basic.authenticationEntryPoint(unauthorized))
                .exceptionHandling(ex -> ex
                        .authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler((request, response, e) -> {
                            audit.refused(request.getMethod() + " " + request.getRequestURI(), "role");
                            errors.write(request, response, HttpStatus.FORBIDDEN, "FORBIDDEN", "error.forbidden");
                        }))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                        .requestMatchers("/actuator/**").hasRole("DISTRICT_OFFICE")
                        .requestMatchers("/api/**").authenticated()
                        .anyRequest().denyAll())
                .build();
    }

    /**
     * 429 {@code TOO_MANY_REQUESTS} with {@code Retry-After} while sign-ins are throttled, otherwise
     * 401; the Basic challenge only for clients that are not browsers.
     */
    private static void unauthorized(ApiErrors errors, HttpServletRequest request, HttpServletResponse response,
                                     AuthenticationException e) throws IOException {
        if (e instanceof TooManyLoginAttemptsException throttled) {
            response.setHeader("Retry-After", Long.toString(throttled.retryAfterSeconds()));
            errors.write(request, response, HttpStatus.TOO_MANY_REQUESTS, "TOO_MANY_REQUESTS", "error.tooManyAttempts");
            return;
        }
        if (!CrossSiteRequestGuard.looksLikeBrowser(request)) {
            response.setHeader("WWW-Authenticate", CHALLENGE);
        }
        errors.write(request, response, HttpStatus.UNAUTHORIZED, "UNAUTHORIZED", "error.unauthorized");
    }
}
