-- Users and their roles are part of the source of truth: they live beside the events, never only
-- in the read store. Times are epoch milliseconds (UTC) so both databases read them the same way.
CREATE TABLE crm_user (
    username        VARCHAR(64)  NOT NULL PRIMARY KEY,
    password_hash   VARCHAR(100) NOT NULL,
    display_name    VARCHAR(100) NOT NULL,
    role            VARCHAR(20)  NOT NULL,
    unit_code       VARCHAR(40),
    enabled         BOOLEAN      NOT NULL DEFAULT TRUE,
    failed_attempts INTEGER      NOT NULL DEFAULT 0,
    locked_until    BIGINT,
    created_at      BIGINT       NOT NULL,
    created_by      VARCHAR(64)  NOT NULL
);

-- Logins, refusals and (later) exports, for the office's audit trail.
CREATE TABLE audit_log (
    id          BIGSERIAL PRIMARY KEY,
    at          BIGINT       NOT NULL,
    username    VARCHAR(64),
    action      VARCHAR(40)  NOT NULL,
    detail      VARCHAR(500),
    remote_addr VARCHAR(64)
);
CREATE INDEX ix_audit_log_at ON audit_log (at);
