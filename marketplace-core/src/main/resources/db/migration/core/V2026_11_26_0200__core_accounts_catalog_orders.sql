CREATE TABLE users (
    id                     CHAR(36)     NOT NULL PRIMARY KEY,
    version             BIGINT       NOT NULL,
    email                  VARCHAR(254) NOT NULL,
    password_hash          VARCHAR(200) NOT NULL,
    display_name           VARCHAR(200) NOT NULL,
    failed_sign_ins        INT          NOT NULL DEFAULT 0,
    last_failed_sign_in_at DATETIME(6)  NULL,
    created_at             DATETIME(6)  NOT NULL,
    CONSTRAINT uk_users_email UNIQUE (email)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE user_roles (
    user_id CHAR(36)    NOT NULL,
    role    VARCHAR(32) NOT NULL,
    PRIMARY KEY (user_id, role),
    CONSTRAINT fk_user_roles_user FOREIGN KEY (user_id) REFERENCES users (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE teams (
    id   CHAR(36)     NOT NULL PRIMARY KEY,
    version             BIGINT       NOT NULL,
    slug VARCHAR(80)  NOT NULL,
    name VARCHAR(200) NOT NULL,
    CONSTRAINT uk_teams_slug UNIQUE (slug)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE team_members (
    team_id CHAR(36) NOT NULL,
    user_id CHAR(36) NOT NULL,
    PRIMARY KEY (team_id, user_id),
    INDEX ix_team_members_user (user_id),
    CONSTRAINT fk_team_members_team FOREIGN KEY (team_id) REFERENCES teams (id),
    CONSTRAINT fk_team_members_user FOREIGN KEY (user_id) REFERENCES users (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE boards (
    id         CHAR(36)      NOT NULL PRIMARY KEY,
    version             BIGINT       NOT NULL,
    slug       VARCHAR(80)   NOT NULL,
    name       VARCHAR(200)  NOT NULL,
    summary    VARCHAR(1000) NOT NULL,
    licence    VARCHAR(64)   NOT NULL,
    source_url VARCHAR(500)  NOT NULL,
    team_id    CHAR(36)      NOT NULL,
    CONSTRAINT uk_boards_slug UNIQUE (slug),
    CONSTRAINT fk_boards_team FOREIGN KEY (team_id) REFERENCES teams (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE revisions (
    id            CHAR(36)    NOT NULL PRIMARY KEY,
    version             BIGINT       NOT NULL,
    board_id      CHAR(36)    NOT NULL,
    label         VARCHAR(40) NOT NULL,
    review_status VARCHAR(32) NOT NULL,
    created_at    DATETIME(6) NOT NULL,
    CONSTRAINT uk_revisions_board_label UNIQUE (board_id, label),
    CONSTRAINT fk_revisions_board FOREIGN KEY (board_id) REFERENCES boards (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE offers (
    id             CHAR(36)    NOT NULL PRIMARY KEY,
    version             BIGINT       NOT NULL,
    revision_id    CHAR(36)    NOT NULL,
    kind           VARCHAR(32) NOT NULL,
    price_minor    BIGINT      NOT NULL,
    currency       CHAR(3)     NOT NULL,
    lead_time_days INT         NOT NULL,
    CONSTRAINT uk_offers_revision_kind UNIQUE (revision_id, kind),
    CONSTRAINT fk_offers_revision FOREIGN KEY (revision_id) REFERENCES revisions (id),
    CONSTRAINT ck_offers_price CHECK (price_minor > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The unique key on (buyer_id, idempotency_key) is what makes a key place at most one order,
-- across concurrent requests and across application nodes.
CREATE TABLE orders (
    id                  CHAR(36)     NOT NULL PRIMARY KEY,
    buyer_id            CHAR(36)     NOT NULL,
    idempotency_key     VARCHAR(100) NOT NULL,
    request_fingerprint CHAR(64)     NOT NULL,
    status              VARCHAR(32)  NOT NULL,
    destination_country CHAR(2)      NOT NULL,
    buyer_type          VARCHAR(32)  NOT NULL,
    ship_name           VARCHAR(200) NOT NULL,
    ship_line1          VARCHAR(200) NOT NULL,
    ship_line2          VARCHAR(200) NOT NULL,
    ship_postal_code    VARCHAR(20)  NOT NULL,
    ship_city           VARCHAR(100) NOT NULL,
    ship_country        CHAR(2)      NOT NULL,
    payment_method      VARCHAR(32)  NOT NULL,
    total_minor         BIGINT       NOT NULL,
    currency            CHAR(3)      NOT NULL,
    placed_at           DATETIME(6)  NOT NULL,
    version             BIGINT       NOT NULL,
    CONSTRAINT uk_orders_buyer_key UNIQUE (buyer_id, idempotency_key),
    INDEX ix_orders_buyer_placed (buyer_id, placed_at),
    CONSTRAINT fk_orders_buyer FOREIGN KEY (buyer_id) REFERENCES users (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE order_lines (
    order_id         CHAR(36)     NOT NULL,
    line_no          INT          NOT NULL,
    offer_id         CHAR(36)     NOT NULL,
    revision_id      CHAR(36)     NOT NULL,
    team_id          CHAR(36)     NOT NULL,
    board_slug       VARCHAR(80)  NOT NULL,
    board_name       VARCHAR(200) NOT NULL,
    revision_label   VARCHAR(40)  NOT NULL,
    kind             VARCHAR(32)  NOT NULL,
    quantity         INT          NOT NULL,
    unit_price_minor BIGINT       NOT NULL,
    PRIMARY KEY (order_id, line_no),
    CONSTRAINT fk_order_lines_order FOREIGN KEY (order_id) REFERENCES orders (id),
    CONSTRAINT fk_order_lines_offer FOREIGN KEY (offer_id) REFERENCES offers (id),
    CONSTRAINT ck_order_lines_quantity CHECK (quantity BETWEEN 1 AND 100)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
