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
    REBUILDING,
    /** An upload beyond the size limit, or an xlsx that inflates beyond it (HTTP 413). */
    FILE_TOO_LARGE,
    /** An upload that is not a readable xlsx or csv list: extension, signature, encoding or structure. */
    UNSUPPORTED_FILE,
    /** A list with more data rows than the limit. */
    TOO_MANY_ROWS,
    /** A list without a required column; {@code field} names the column. */
    MISSING_COLUMN
}
