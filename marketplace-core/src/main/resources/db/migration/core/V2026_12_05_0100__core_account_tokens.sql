-- When the person showed they read mail at their address (account.Accounts.verifyEmail). Accounts that
-- existed before sign-up (demo data, those administrators made) count as verified since their creation;
-- a buyer who signed up orders only once it is set.
ALTER TABLE users ADD COLUMN email_verified_at DATETIME(6) NULL;
UPDATE users SET email_verified_at = created_at;

-- One-time tokens mailed to a person (account.AccountTokens): to verify their address, to reset their
-- password, to confirm a new address. Only the token's SHA-256 is kept; it works once, for an hour.
CREATE TABLE account_tokens (
    token_hash BINARY(32)   NOT NULL,
    purpose    VARCHAR(20)  NOT NULL,
    user_id    CHAR(36)     NOT NULL,
    -- The address a CHANGE_EMAIL token moves the account to; null for the other purposes.
    new_email  VARCHAR(254) NULL,
    created_at DATETIME(6)  NOT NULL,
    expires_at DATETIME(6)  NOT NULL,
    -- Set when the token was used, or when a newer token of the same purpose replaced it.
    used_at    DATETIME(6)  NULL,
    PRIMARY KEY (token_hash),
    KEY ix_account_tokens_user_purpose (user_id, purpose),
    CONSTRAINT fk_account_tokens_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE=InnoDB;
