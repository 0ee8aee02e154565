package cn.jinghai.crm.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * The API answers JSON (or the file a download names) whatever {@code Accept} says (API.md: "JSON in
 * and out"). Without this an {@code Accept} that admits no JSON ({@code text/csv}, a browser's
 * {@code text/html}) made Spring fail only after the controller had run: a verification was
 * recorded and answered 500. On {@code /api} the header keeps its preferences and gains
 * {@code *}{@code /*} at the lowest weight.
 */
final class ApiAcceptHeader extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String accept = request.getHeader("Accept");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (accept == null || accept.isBlank() || accept.contains("*/*") || !(path.equals("/api") || path.startsWith("/api/"))) {
            chain.doFilter(request, response);
            return;
        }
        chain.doFilter(new Widened(request, accept + ", */*;q=0.01"), response);
    }

    private static final class Widened extends HttpServletRequestWrapper {
        private final String accept;

        Widened(HttpServletRequest request, String accept) {
            super(request);
            this.accept = accept;
        }

        @Override
        public String getHeader(String name) {
            return "Accept".equalsIgnoreCase(name) ? accept : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return "Accept".equalsIgnoreCase(name) ? Collections.enumeration(List.of(accept)) : super.getHeaders(name);
        }
    }
}
