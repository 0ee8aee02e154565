package cn.jinghai.crm.platform.web;

import cn.jinghai.crm.common.api.DomainException;
import cn.jinghai.crm.common.api.ErrorCode;
import cn.jinghai.crm.platform.errors.ApiErrors;
import cn.jinghai.crm.platform.errors.ErrorBody;
import cn.jinghai.crm.platform.security.AuditLog;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.common.lock.LockAcquisitionFailedException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.queryhandling.QueryExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;

/**
 * Turns every refusal into the error body of API.md. Bad input is a 400 naming the field; an
 * unexpected failure is a 500 with a generic message, logged here and never shown as a stack trace.
 */
@RestControllerAdvice
public class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final ApiErrors errors;
    private final AuditLog audit;

    public ApiExceptionHandler(ApiErrors errors, AuditLog audit) {
        this.errors = errors;
        this.audit = audit;
    }

    @ExceptionHandler(DomainException.class)
    ResponseEntity<ErrorBody> domain(DomainException e, HttpServletRequest request) {
        if (e.code() == ErrorCode.FORBIDDEN) {
            auditRefusal(request, e.messageKey());
        }
        ResponseEntity<ErrorBody> answer = errors.answer(e.code(), e.messageKey(), e.field(), e.args());
        if (e.code() == ErrorCode.REBUILDING) {
            return ResponseEntity.status(answer.getStatusCode()).header("Retry-After", "5")
                    .contentType(org.springframework.http.MediaType.APPLICATION_JSON).body(answer.getBody());
        }
        return answer;
    }

    /**
     * Refusals raised inside handlers may reach here wrapped (a query's future, a command's execution
     * exception); unwrap them so they answer as if thrown directly.
     */
    @ExceptionHandler({CommandExecutionException.class, QueryExecutionException.class, CompletionException.class})
    ResponseEntity<ErrorBody> wrapped(RuntimeException e, HttpServletRequest request) {
        Throwable cause = e;
        while ((cause instanceof CompletionException || cause instanceof CommandExecutionException
                || cause instanceof QueryExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof DomainException domain) {
            return domain(domain, request);
        }
        if (cause instanceof ConcurrencyException concurrency) {
            return stale(concurrency);
        }
        if (cause instanceof AggregateNotFoundException notFound) {
            return aggregateNotFound(notFound);
        }
        return unexpected(cause instanceof Exception ex ? ex : e);
    }

    @ExceptionHandler({ConflictingAggregateVersionException.class, ConcurrencyException.class})
    ResponseEntity<ErrorBody> stale(RuntimeException e) {
        return errors.answer(ErrorCode.STALE_VERSION, "error.staleVersion", null);
    }

    @ExceptionHandler(LockAcquisitionFailedException.class)
    ResponseEntity<ErrorBody> busy(LockAcquisitionFailedException e) {
        return errors.answer(ErrorCode.STALE_VERSION, "error.busy", null);
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<ErrorBody> aggregateNotFound(AggregateNotFoundException e) {
        return errors.answer(ErrorCode.NOT_FOUND, "error.notFound", null);
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ErrorBody> noResource(NoResourceFoundException e) {
        return errors.answer(ErrorCode.NOT_FOUND, "error.notFound", null);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ErrorBody> denied(AccessDeniedException e, HttpServletRequest request) {
        auditRefusal(request, "role");
        return errors.answer(ErrorCode.FORBIDDEN, "error.forbidden", null);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ErrorBody> unreadable(HttpMessageNotReadableException e) {
        Throwable cause = e.getCause();
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return errors.answer(ErrorCode.VALIDATION, "error.json.unknownField", unknown.getPropertyName(), unknown.getPropertyName());
        }
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            if (cause instanceof ValueInstantiationException || cause instanceof InvalidFormatException) {
                return errors.answer(ErrorCode.VALIDATION, "error.json.invalidValue", field, field);
            }
            return errors.answer(ErrorCode.VALIDATION, "error.json.wrongType", field, field);
        }
        return errors.answer(ErrorCode.VALIDATION, "error.json.malformed", null);
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ErrorBody> invalid(MethodArgumentNotValidException e) {
        FieldError first = e.getBindingResult().getFieldErrors().stream().findFirst().orElse(null);
        String field = first == null ? null : first.getField();
        String key = first != null && "NotNull".equals(first.getCode()) ? "error.required" : "error.invalid";
        return errors.answer(ErrorCode.VALIDATION, key, field);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ErrorBody> invalidParameter(HandlerMethodValidationException e) {
        String field = e.getParameterValidationResults().stream().findFirst()
                .map(r -> r.getMethodParameter().getParameterName()).orElse(null);
        return errors.answer(ErrorCode.VALIDATION, "error.invalid", field);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ErrorBody> typeMismatch(MethodArgumentTypeMismatchException e) {
        return errors.answer(ErrorCode.VALIDATION, "error.json.invalidValue", e.getName(), e.getName());
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ErrorBody> missingParameter(MissingServletRequestParameterException e) {
        return errors.answer(ErrorCode.VALIDATION, "error.required", e.getParameterName());
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ResponseEntity<ErrorBody> missingHeader(MissingRequestHeaderException e) {
        return errors.answer(ErrorCode.VALIDATION, "error.required", e.getHeaderName());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ErrorBody> mediaType(HttpMediaTypeNotSupportedException e) {
        return errors.answer(HttpStatus.UNSUPPORTED_MEDIA_TYPE, ErrorCode.VALIDATION.name(), "error.mediaType", null);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ErrorBody> method(HttpRequestMethodNotSupportedException e) {
        return errors.answer(HttpStatus.METHOD_NOT_ALLOWED, ErrorCode.VALIDATION.name(), "error.method", null);
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ResponseEntity<ErrorBody> missingPart(MissingServletRequestPartException e) {
        return errors.answer(ErrorCode.VALIDATION, "error.required", e.getRequestPartName());
    }

    /** A multipart body that cannot be parsed (a size limit has its own handler below). */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ErrorBody> badMultipart(MultipartException e) {
        if (e instanceof MaxUploadSizeExceededException tooLarge) {
            return tooLarge(tooLarge);
        }
        return errors.answer(ErrorCode.VALIDATION, "error.invalid", "file");
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ErrorBody> tooLarge(MaxUploadSizeExceededException e) {
        return errors.answer(ErrorCode.FILE_TOO_LARGE, "error.tooLarge", "file");
    }

    /** Anything else: a refusal may still sit deeper in the cause chain (a subscribing handler's, say). */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ErrorBody> other(Exception e, HttpServletRequest request) {
        for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof DomainException domain) {
                return domain(domain, request);
            }
            if (t instanceof ConcurrencyException concurrency) {
                return stale(concurrency);
            }
        }
        return unexpected(e);
    }

    private ResponseEntity<ErrorBody> unexpected(Exception e) {
        log.error("Unexpected failure while handling a request", e);
        return errors.answer(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL", "error.internal", null);
    }

    /** Audited where the screens' refusals are too ({@link AuditLog#refused}): once, here, for the API. */
    private void auditRefusal(HttpServletRequest request, String reason) {
        audit.refused(request.getMethod() + " " + request.getRequestURI(), reason);
    }
}
