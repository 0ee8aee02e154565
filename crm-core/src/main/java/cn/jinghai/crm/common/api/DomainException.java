package cn.jinghai.crm.common.api;

import java.util.Arrays;

/**
 * A refused command: carries a stable {@link ErrorCode}, the key of a user-facing message (resolved
 * from resource bundles by the application, never hard-coded here), the offending field if any, and
 * the message arguments.
 */
public class DomainException extends RuntimeException {

    private final ErrorCode code;
    private final String messageKey;
    private final String field;
    private final transient Object[] args;

    public DomainException(ErrorCode code, String messageKey, String field, Object... args) {
        super(code + ": " + messageKey + (field == null ? "" : " [" + field + "]") + (args.length == 0 ? "" : " " + Arrays.toString(args)));
        this.code = code;
        this.messageKey = messageKey;
        this.field = field;
        this.args = args.clone();
    }

    public static DomainException invalid(String field, String messageKey, Object... args) {
        return new DomainException(ErrorCode.VALIDATION, messageKey, field, args);
    }

    public static DomainException forbidden(String messageKey) {
        return new DomainException(ErrorCode.FORBIDDEN, messageKey, null);
    }

    public static DomainException notFound(String messageKey) {
        return new DomainException(ErrorCode.NOT_FOUND, messageKey, null);
    }

    public static DomainException illegalTransition(String field, String messageKey, Object... args) {
        return new DomainException(ErrorCode.ILLEGAL_TRANSITION, messageKey, field, args);
    }

    public ErrorCode code() {
        return code;
    }

    public String messageKey() {
        return messageKey;
    }

    public String field() {
        return field;
    }

    public Object[] args() {
        return args.clone();
    }
}
