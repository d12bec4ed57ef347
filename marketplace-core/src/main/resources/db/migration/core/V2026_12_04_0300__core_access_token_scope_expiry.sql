-- A personal access token's scope (FULL, READ or LISTINGS: what it may do with its owner's rights)
-- and the instant it stops working. Tokens made before had neither: they keep every right and
-- expire 90 days after they were made, the default of a new token.
ALTER TABLE access_tokens
    ADD COLUMN scope      VARCHAR(16) NOT NULL DEFAULT 'FULL',
    ADD COLUMN expires_at DATETIME(6) NULL;

UPDATE access_tokens SET expires_at = DATE_ADD(created_at, INTERVAL 90 DAY) WHERE expires_at IS NULL;

ALTER TABLE access_tokens MODIFY COLUMN expires_at DATETIME(6) NOT NULL;
