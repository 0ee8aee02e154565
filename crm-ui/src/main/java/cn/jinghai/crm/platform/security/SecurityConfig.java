package cn.jinghai.crm.platform.security;

import cn.jinghai.crm.platform.errors.ApiErrors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The API is stateless HTTP Basic (no session, no CSRF token) with the application's own users.
 * Unauthenticated: 401; a role that may not: 403, audited. Health and the OpenAPI document are open.
 * Roles are also checked where commands and queries are handled, so a controller cannot forget them.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity(jsr250Enabled = true)
public class SecurityConfig {

    @Bean
    public PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    public CachingAuthenticationProvider authenticationProvider(UserAccounts users, PasswordEncoder encoder, AuditLog audit) {
        return new CachingAuthenticationProvider(users, encoder, audit);
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
                                           ApiErrors errors, AuditLog audit) throws Exception {
        return http
                .securityMatcher("/api/**", "/actuator/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                .authenticationManager(authenticationManager)
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) -> {
                    response.setHeader("WWW-Authenticate", "Basic realm=\"crm\", charset=\"UTF-8\"");
                    errors.write(request, response, HttpStatus.UNAUTHORIZED, "UNAUTHORIZED", "error.unauthorized");
                }))
                .exceptionHandling(ex -> ex
                        .authenticationEntryPoint((request, response, e) -> {
                            response.setHeader("WWW-Authenticate", "Basic realm=\"crm\", charset=\"UTF-8\"");
                            errors.write(request, response, HttpStatus.UNAUTHORIZED, "UNAUTHORIZED", "error.unauthorized");
                        })
                        .accessDeniedHandler((request, response, e) -> {
                            audit.record(AuditLog.Action.ACCESS_DENIED,
                                    request.getUserPrincipal() == null ? null : request.getUserPrincipal().getName(),
                                    request.getMethod() + " " + request.getRequestURI(), request.getRemoteAddr());
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
}
