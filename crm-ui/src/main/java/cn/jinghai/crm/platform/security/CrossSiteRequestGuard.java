package cn.jinghai.crm.platform.security;

import cn.jinghai.crm.platform.errors.ApiErrors;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * Keeps other sites from using a browser's Basic credentials on the API (issue 11, hole 3). A
 * browser that once opened an {@code /api} URL keeps sending the credentials it was asked for, also
 * with a form that a page on another site submits. So, before any credential is checked:
 * <ul>
 *   <li>a request the browser marks as coming from another site ({@code Sec-Fetch-Site:
 *   cross-site} or {@code same-site}), or whose {@code Origin} names another host (or is
 *   {@code null}), is refused 403;</li>
 *   <li>a write (POST, PUT, PATCH, DELETE) from a browser without a JSON body (no body, a form, a
 *   multipart upload) must carry {@code X-Requested-With}, a header no form can send, unless the
 *   browser itself vouches for the same origin ({@code Sec-Fetch-Site: same-origin}, which no page
 *   can set). A JSON body from another origin needs a CORS preflight, which the API never grants.</li>
 * </ul>
 * Clients other than browsers (curl, integrations: API.md) send neither {@code Origin} nor
 * {@code Sec-Fetch-*} and are not affected.
 */
final class CrossSiteRequestGuard extends OncePerRequestFilter {

    static final String REQUESTED_WITH = "X-Requested-With";
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final ApiErrors errors;

    CrossSiteRequestGuard(ApiErrors errors) {
        this.errors = errors;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String site = lower(request.getHeader("Sec-Fetch-Site"));
        String origin = request.getHeader("Origin");
        boolean crossSite = (site != null && !site.equals("same-origin") && !site.equals("none"))
                || (origin != null && !sameHost(origin, request));
        if (crossSite) {
            errors.write(request, response, HttpStatus.FORBIDDEN, "FORBIDDEN", "error.crossSite");
            return;
        }
        if (WRITES.contains(request.getMethod()) && looksLikeBrowser(request) && !"same-origin".equals(site)
                && !isJson(request.getContentType()) && request.getHeader(REQUESTED_WITH) == null) {
            errors.write(request, response, HttpStatus.FORBIDDEN, "FORBIDDEN", "error.requestedWith");
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * Whether the request comes from a browser: it names its origin or its fetch metadata, or asks
     * for a web page. curl and other API clients do none of these unless told to.
     */
    static boolean looksLikeBrowser(HttpServletRequest request) {
        if (request.getHeader("Origin") != null || request.getHeader("Sec-Fetch-Site") != null
                || request.getHeader("Sec-Fetch-Mode") != null || request.getHeader("Sec-Fetch-Dest") != null) {
            return true;
        }
        String accept = request.getHeader("Accept");
        return accept != null && accept.toLowerCase(Locale.ROOT).contains("text/html");
    }

    /**
     * The Origin's host against the host the request was sent to. Ports and schemes are not
     * compared, so a TLS proxy in front (which may drop the port from Host) does not refuse the
     * application's own pages; another port on the same host is "same-site" to browsers that send
     * Sec-Fetch-Site (refused above), and older ones still need the header for a form-like write.
     */
    private static boolean sameHost(String origin, HttpServletRequest request) {
        String host;
        try {
            host = URI.create(origin.trim()).getHost();
        } catch (IllegalArgumentException e) {
            return false;
        }
        return host != null && host.equalsIgnoreCase(request.getServerName());
    }

    private static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.toLowerCase(Locale.ROOT);
        int semicolon = type.indexOf(';');
        type = (semicolon < 0 ? type : type.substring(0, semicolon)).trim();
        return type.equals("application/json") || (type.startsWith("application/") && type.endsWith("+json"));
    }

    private static String lower(String value) {
        return value == null ? null : value.trim().toLowerCase(Locale.ROOT);
    }
}
