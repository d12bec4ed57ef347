-- Sign-in attempts counted per e-mail address (account.SignInAttempts), whether or not an account has it,
-- so that the throttle's 429 tells nothing about which addresses are registered. The address itself is not
-- kept: its SHA-256, lower-cased and stripped as accounts store e-mails.
CREATE TABLE sign_in_attempts (
    email_hash      BINARY(32)  NOT NULL,
    -- Attempts in a row not (yet) known to have succeeded: each is counted before its password is checked.
    failures        INT         NOT NULL,
    -- When the last counted attempt began; the count starts again after a quiet period (Accounts.QUIET_PERIOD).
    last_attempt_at DATETIME(6) NOT NULL,
    PRIMARY KEY (email_hash),
    KEY ix_sign_in_attempts_last_attempt_at (last_attempt_at)
) ENGINE=InnoDB;

-- The count on the account could neither cover addresses without one nor be taken before the check.
ALTER TABLE users DROP COLUMN failed_sign_ins, DROP COLUMN last_failed_sign_in_at;
