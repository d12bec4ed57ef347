-- The audit trail of security events an administrator reads: sign-ins and their failures,
-- throttling, access refusals, access tokens made and revoked (and, as they come, role changes and
-- password resets). Appended to, never changed. The e-mail is the one given (a failed sign-in may
-- name no account), the address the client's as the store saw it.
CREATE TABLE security_events (
    id       CHAR(36)     NOT NULL PRIMARY KEY,
    -- The order events were written in (at is kept to the microsecond, and two may share one).
    seq      BIGINT       NOT NULL AUTO_INCREMENT UNIQUE,
    at       DATETIME(6)  NOT NULL,
    kind     VARCHAR(40)  NOT NULL,
    user_id  CHAR(36)     NULL,
    email    VARCHAR(254) NULL,
    address  VARCHAR(64)  NULL,
    detail   VARCHAR(500) NULL,
    INDEX ix_security_events_at (at),
    INDEX ix_security_events_kind_at (kind, at),
    INDEX ix_security_events_email_at (email, at)
);
