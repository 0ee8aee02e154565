package cn.jinghai.crm.platform.web;

import cn.jinghai.crm.platform.errors.ApiErrors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;

import java.util.Map;

/**
 * An {@code /api} path that no controller maps answers 404 with the JSON error body, never the
 * web UI's page (Vaadin otherwise serves every unmapped path). It is consulted after the
 * controllers' mapping, so a known path called with another method still answers 405, and before
 * Vaadin's.
 */
@Configuration(proxyBeanMethods = false)
public class UnknownApiPaths {

    @Bean
    public SimpleUrlHandlerMapping unknownApiPathMapping(ApiErrors errors) {
        HttpRequestHandler notFound = (request, response) ->
                errors.write(request, response, HttpStatus.NOT_FOUND, "NOT_FOUND", "error.notFound");
        SimpleUrlHandlerMapping mapping = new SimpleUrlHandlerMapping(Map.of("/api", notFound, "/api/**", notFound));
        mapping.setOrder(1);
        return mapping;
    }
}
