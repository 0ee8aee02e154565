package cn.jinghai.crm.common.api;

/**
 * Stable error codes of the API (see API.md). The HTTP layer maps each to its status; the codes
 * themselves never change once published.
 */
public enum ErrorCode {
    VALIDATION,
    NOT_FOUND,
    FORBIDDEN,
    STALE_VERSION,
    DUPLICATE_COMPANY,
    ILLEGAL_TRANSITION,
    IDEMPOTENCY_CONFLICT,
    DUPLICATE_USER,
    REBUILDING
}
