package cn.jinghai.crm.platform.errors;

import cn.jinghai.crm.common.api.ErrorCode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Builds error answers: status from the code, message from the resource bundles in the caller's language. */
@Component
public class ApiErrors {

    private final MessageSource messages;
    private final ObjectMapper mapper;

    private final LocaleResolver localeResolver;

    public ApiErrors(MessageSource messages, ObjectMapper mapper, LocaleResolver localeResolver) {
        this.messages = messages;
        this.mapper = mapper;
        this.localeResolver = localeResolver;
    }

    public static HttpStatus status(ErrorCode code) {
        return switch (code) {
            case VALIDATION, UNSUPPORTED_FILE, TOO_MANY_ROWS, MISSING_COLUMN -> HttpStatus.BAD_REQUEST;
            case FILE_TOO_LARGE -> HttpStatus.PAYLOAD_TOO_LARGE;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case STALE_VERSION, DUPLICATE_COMPANY, ILLEGAL_TRANSITION, IDEMPOTENCY_CONFLICT, DUPLICATE_USER -> HttpStatus.CONFLICT;
            case REBUILDING -> HttpStatus.SERVICE_UNAVAILABLE;
        };
    }

    public String message(String key, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, args, key, locale);
    }

    public ResponseEntity<ErrorBody> answer(ErrorCode code, String key, String field, Object... args) {
        return answer(status(code), code.name(), key, field, args);
    }

    public ResponseEntity<ErrorBody> answer(HttpStatus status, String code, String key, String field, Object... args) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(new ErrorBody(code, message(key, args), field));
    }

    /** Writes an error straight to a servlet response (for the security filters, outside MVC). */
    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code,
                      String key) throws IOException {
        Locale locale = localeResolver.resolveLocale(request);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        mapper.writeValue(response.getOutputStream(), new ErrorBody(code, messages.getMessage(key, null, key, locale), null));
    }
}
