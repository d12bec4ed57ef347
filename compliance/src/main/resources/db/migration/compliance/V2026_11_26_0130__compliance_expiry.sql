-- Each approved country lapses on its own day; a daily watch (run once a day whatever the number
-- of nodes) suspends what lapsed and warns 90 days ahead.
ALTER TABLE review_scope_countries ADD COLUMN valid_until DATE NULL;

CREATE TABLE compliance_job_runs (
    job     VARCHAR(64) NOT NULL,
    run_day DATE        NOT NULL,
    PRIMARY KEY (job, run_day)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE expiry_notices (
    id          CHAR(36)    NOT NULL PRIMARY KEY,
    review_id   CHAR(36)    NOT NULL,
    revision_id CHAR(36)    NOT NULL,
    expires_on  DATE        NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    CONSTRAINT uk_expiry_notices UNIQUE (review_id, expires_on),
    INDEX ix_expiry_notices_revision (revision_id),
    CONSTRAINT fk_expiry_notices_review FOREIGN KEY (review_id) REFERENCES reviews (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
