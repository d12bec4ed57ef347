-- Compliance owns these tables; nothing here refers to another module's tables.
CREATE TABLE reviews (
    id            CHAR(36)    NOT NULL PRIMARY KEY,
    revision_id   CHAR(36)    NOT NULL,
    status        VARCHAR(32) NOT NULL,
    submitted_at  DATETIME(6) NOT NULL,
    version       BIGINT      NOT NULL,
    CONSTRAINT uk_reviews_revision UNIQUE (revision_id),
    INDEX ix_reviews_status_submitted (status, submitted_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE review_scope_offer_kinds (
    review_id  CHAR(36)    NOT NULL,
    offer_kind VARCHAR(32) NOT NULL,
    PRIMARY KEY (review_id, offer_kind),
    CONSTRAINT fk_scope_kinds_review FOREIGN KEY (review_id) REFERENCES reviews (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE review_scope_countries (
    review_id CHAR(36) NOT NULL,
    country   CHAR(2)  NOT NULL,
    PRIMARY KEY (review_id, country),
    CONSTRAINT fk_scope_countries_review FOREIGN KEY (review_id) REFERENCES reviews (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE review_scope_buyer_types (
    review_id  CHAR(36)    NOT NULL,
    buyer_type VARCHAR(32) NOT NULL,
    PRIMARY KEY (review_id, buyer_type),
    CONSTRAINT fk_scope_buyers_review FOREIGN KEY (review_id) REFERENCES reviews (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Append-only: the application never updates nor deletes a decision.
CREATE TABLE review_decisions (
    id         CHAR(36)      NOT NULL PRIMARY KEY,
    review_id  CHAR(36)      NOT NULL,
    kind       VARCHAR(32)   NOT NULL,
    actor_id   CHAR(36)      NOT NULL,
    decided_at DATETIME(6)   NOT NULL,
    sequence   INT           NOT NULL,
    reason     VARCHAR(2000) NOT NULL,
    CONSTRAINT fk_decisions_review FOREIGN KEY (review_id) REFERENCES reviews (id),
    CONSTRAINT uk_decisions_sequence UNIQUE (review_id, sequence)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE weee_registrations (
    id                  CHAR(36)     NOT NULL PRIMARY KEY,
    version             BIGINT       NOT NULL,
    country             CHAR(2)      NOT NULL,
    registration_number VARCHAR(100) NOT NULL,
    holder              VARCHAR(200) NOT NULL,
    valid_until         DATE         NOT NULL,
    CONSTRAINT uk_weee_country UNIQUE (country)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
