package cn.jinghai.crm.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.HstsHeaderWriter;

import java.time.Duration;

/**
 * Response headers shared by the API's and the web UI's chains (issue 11, hole 7): the
 * Content-Security-Policy, and Strict-Transport-Security when the application is served over TLS.
 */
public final class SecurityHeaders {

    /**
     * The web UI's policy. Vaadin 24 in production mode needs inline styles and scripts
     * ({@code 'unsafe-inline'}) and evaluates the JavaScript the server sends ({@code executeJs},
     * {@code 'unsafe-eval'}); everything else comes from this origin only, no page may frame it, and
     * forms post only here.
     */
    public static final String UI_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
            + "worker-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** API answers are data, never a page: nothing may load or run from them. */
    public static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    private SecurityHeaders() {
    }

    /** Writes the UI policy on the OpenAPI pages (Swagger UI) and the API policy everywhere else. */
    public static HeaderWriter apiPolicy() {
        return (request, response) -> {
            if (!response.containsHeader("Content-Security-Policy")) {
                response.setHeader("Content-Security-Policy", isOpenApiPage(request) ? UI_POLICY : API_POLICY);
            }
        };
    }

    /**
     * Strict-Transport-Security for a year, on every answer when {@code always} (behind a proxy that
     * ends TLS, where the application itself sees plain HTTP), otherwise Spring Security's default
     * (only on requests that arrived over HTTPS).
     */
    public static HstsHeaderWriter hsts(boolean always) {
        HstsHeaderWriter writer = new HstsHeaderWriter();
        writer.setMaxAgeInSeconds(Duration.ofDays(365).toSeconds());
        writer.setIncludeSubDomains(false);
        if (always) {
            writer.setRequestMatcher(request -> true);
        }
        return writer;
    }

    private static boolean isOpenApiPage(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/swagger-ui") || path.startsWith("/v3/api-docs");
    }
}
