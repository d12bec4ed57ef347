-- The catalogue grows: board descriptions and tags, revision sources and BOMs, offers with their
-- price breakdown and VAT category, team capacity, photos and personal access tokens.

ALTER TABLE teams
    ADD COLUMN weekly_capacity  INT          NOT NULL DEFAULT 10,
    ADD COLUMN horizon_weeks    INT          NOT NULL DEFAULT 8,
    ADD COLUMN workshop_address VARCHAR(500) NOT NULL DEFAULT '';

ALTER TABLE boards
    ADD COLUMN description MEDIUMTEXT NULL,
    ADD COLUMN oshwa_uid   CHAR(8)    NULL;

CREATE TABLE board_tags (
    board_id CHAR(36)    NOT NULL,
    tag      VARCHAR(40) NOT NULL,
    PRIMARY KEY (board_id, tag),
    INDEX ix_board_tags_tag (tag),
    CONSTRAINT fk_board_tags_board FOREIGN KEY (board_id) REFERENCES boards (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A board's revisions in the order they were made (timestamps may tie: see docs/development.md).
ALTER TABLE revisions
    ADD COLUMN sequence         INT           NOT NULL DEFAULT 0,
    ADD COLUMN source_ref       VARCHAR(100)  NOT NULL DEFAULT '',
    ADD COLUMN firmware_version VARCHAR(40)   NOT NULL DEFAULT '',
    ADD COLUMN change_notes     VARCHAR(4000) NOT NULL DEFAULT '',
    ADD COLUMN bom_hash         CHAR(64)      NULL;
UPDATE revisions r SET sequence = 1 + (SELECT COUNT(*) FROM (SELECT id, board_id, created_at FROM revisions) earlier
    WHERE earlier.board_id = r.board_id AND (earlier.created_at < r.created_at OR (earlier.created_at = r.created_at AND earlier.id < r.id)));
ALTER TABLE revisions ADD CONSTRAINT uk_revisions_board_sequence UNIQUE (board_id, sequence);

CREATE TABLE bom_lines (
    revision_id   CHAR(36)      NOT NULL,
    position      INT           NOT NULL,
    designators   TEXT          NOT NULL,
    value         VARCHAR(300)  NOT NULL,
    footprint     VARCHAR(300)  NOT NULL,
    quantity      INT           NOT NULL,
    manufacturer  VARCHAR(200)  NOT NULL,
    mpn           VARCHAR(200)  NOT NULL,
    supplier      VARCHAR(200)  NOT NULL,
    supplier_part VARCHAR(200)  NOT NULL,
    do_not_place  BOOLEAN       NOT NULL,
    alternates    VARCHAR(1000) NOT NULL DEFAULT '',
    PRIMARY KEY (revision_id, position),
    CONSTRAINT fk_bom_lines_revision FOREIGN KEY (revision_id) REFERENCES revisions (id),
    CONSTRAINT ck_bom_lines_quantity CHECK (quantity > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE offers
    ADD COLUMN vat_category      VARCHAR(32) NOT NULL DEFAULT 'STANDARD',
    ADD COLUMN parts_minor       BIGINT      NOT NULL DEFAULT 0,
    ADD COLUMN pcb_minor         BIGINT      NOT NULL DEFAULT 0,
    ADD COLUMN labour_minor      BIGINT      NOT NULL DEFAULT 0,
    ADD COLUMN association_minor BIGINT      NOT NULL DEFAULT 0,
    ADD COLUMN team_minor        BIGINT      NOT NULL DEFAULT 0;
-- Offers made before breakdowns existed: the whole price counts as assembly labour.
UPDATE offers SET labour_minor = price_minor;
-- Lead times are computed from the team's capacity and queue, never typed.
ALTER TABLE offers DROP COLUMN lead_time_days;

CREATE TABLE access_tokens (
    id           CHAR(36)     NOT NULL PRIMARY KEY,
    version      BIGINT       NOT NULL,
    user_id      CHAR(36)     NOT NULL,
    name         VARCHAR(100) NOT NULL,
    token_hash   CHAR(64)     NOT NULL,
    prefix       VARCHAR(16)  NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    last_used_at DATETIME(6)  NULL,
    revoked_at   DATETIME(6)  NULL,
    CONSTRAINT uk_access_tokens_hash UNIQUE (token_hash),
    INDEX ix_access_tokens_user (user_id),
    CONSTRAINT fk_access_tokens_user FOREIGN KEY (user_id) REFERENCES users (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The storefront's read side, kept by the catalogue: whether a board is listed, what it costs,
-- how it is offered, whether it can be ordered at all, and the text searched (name, summary,
-- tags and the MPNs of its listed revisions).
ALTER TABLE boards
    ADD COLUMN listed          BOOLEAN     NOT NULL DEFAULT FALSE,
    ADD COLUMN listed_at       DATETIME(6) NULL,
    ADD COLUMN orderable       BOOLEAN     NOT NULL DEFAULT FALSE,
    ADD COLUMN min_price_minor BIGINT      NULL,
    ADD COLUMN offer_kinds     VARCHAR(40) NOT NULL DEFAULT '',
    ADD COLUMN search_text     MEDIUMTEXT  NULL;
CREATE FULLTEXT INDEX ft_boards_search ON boards (search_text);
CREATE INDEX ix_boards_listed_name ON boards (listed, name, slug);
CREATE INDEX ix_boards_listed_newest ON boards (listed, listed_at, slug);
CREATE INDEX ix_boards_listed_price ON boards (listed, min_price_minor, slug);
CREATE INDEX ix_boards_licence ON boards (licence);
-- A rare licence with other filters, in name order: without it the name index is walked far
-- (docs/benchmarks/storefront.md).
CREATE INDEX ix_boards_listed_licence_name ON boards (listed, licence, name, slug);

-- Which offer may be sold where, as compliance last answered: refreshed on its events.
CREATE TABLE orderable_offers (
    offer_id   CHAR(36)    NOT NULL,
    board_id   CHAR(36)    NOT NULL,
    country    CHAR(2)     NOT NULL,
    buyer_type VARCHAR(32) NOT NULL,
    PRIMARY KEY (offer_id, country, buyer_type),
    INDEX ix_orderable_destination (country, buyer_type, board_id),
    INDEX ix_orderable_board (board_id),
    CONSTRAINT fk_orderable_offer FOREIGN KEY (offer_id) REFERENCES offers (id),
    CONSTRAINT fk_orderable_board FOREIGN KEY (board_id) REFERENCES boards (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Board photos: the original and its thumbnail, stored by their SHA-256 (see storage).
CREATE TABLE board_photos (
    board_id      CHAR(36)    NOT NULL,
    position      INT         NOT NULL,
    original_key  CHAR(64)    NOT NULL,
    thumbnail_key CHAR(64)    NOT NULL,
    content_type  VARCHAR(40) NOT NULL,
    width         INT         NOT NULL,
    height        INT         NOT NULL,
    PRIMARY KEY (board_id, position),
    INDEX ix_board_photos_original (original_key),
    INDEX ix_board_photos_thumbnail (thumbnail_key),
    CONSTRAINT fk_board_photos_board FOREIGN KEY (board_id) REFERENCES boards (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
