-- Answers to create requests sent with an Idempotency-Key, per user: written in the same
-- transaction as the events the request recorded, so a retry after a crash either finds the
-- answer (and records nothing) or finds nothing was recorded.
CREATE TABLE idempotency_record (
    username      VARCHAR(64)  NOT NULL,
    idem_key      VARCHAR(100) NOT NULL,
    request_hash  VARCHAR(64)  NOT NULL,
    status        INTEGER      NOT NULL,
    response_body TEXT         NOT NULL,
    created_at    BIGINT       NOT NULL,
    PRIMARY KEY (username, idem_key)
);
