package cn.jinghai.crm.platform.web;

import cn.jinghai.crm.common.api.ErrorCode;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The OpenAPI document at {@code /v3/api-docs}: HTTP Basic, and the error body with its stable codes
 * (API.md: "Codes are stable upper-case words, listed in the OpenAPI document").
 */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfig {

    @Bean
    public OpenApiCustomizer errorCodesAndSecurity() {
        return openApi -> {
            List<String> codes = new ArrayList<>(Arrays.stream(ErrorCode.values()).map(Enum::name).toList());
            codes.add("UNAUTHORIZED");
            codes.add("TOO_MANY_REQUESTS");
            codes.add("INTERNAL");
            StringSchema error = new StringSchema();
            error.setEnum(codes);
            error.setDescription("stable error code");
            ObjectSchema body = new ObjectSchema();
            body.addProperty("error", error);
            body.addProperty("message", new StringSchema().description("for people: Chinese, or English with Accept-Language: en"));
            body.addProperty("field", new StringSchema().nullable(true).description("the offending field, or null"));
            if (openApi.getComponents() == null) {
                openApi.setComponents(new Components());
            }
            openApi.getComponents().addSchemas("ErrorBody", body);
            openApi.getComponents().addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"));
            openApi.addSecurityItem(new SecurityRequirement().addList("basic"));
            openApi.setInfo(new Info().title("静海区招商引资 CRM API").version("1")
                    .description("See API.md. Money and rates are decimal strings; dates yyyy-MM-dd (China Standard Time)."));
        };
    }
}
