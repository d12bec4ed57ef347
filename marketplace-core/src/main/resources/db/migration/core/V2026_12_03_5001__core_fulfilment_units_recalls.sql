-- A team's fulfilment, traceable unit by unit: the lead time promised at placement, the leftover
-- parts an assembly-only shipment returns, the checklist of the parts a buyer supplied, every
-- assembled unit with its serial number and functional tests, and the recalls of revoked revisions
-- with their units and the notices to buyers. Traceability records are kept at least ten years and
-- never deleted by the store (docs/orders.md).
ALTER TABLE orders
    ADD COLUMN lead_time_days INT          NULL,
    ADD COLUMN leftover_parts VARCHAR(500) NULL;

CREATE TABLE order_part_checks (
    id              CHAR(36)      NOT NULL PRIMARY KEY,
    order_id        CHAR(36)      NOT NULL,
    line_no         INT           NOT NULL,
    item_no         INT           NOT NULL,
    part_references VARCHAR(1000) NOT NULL,
    expected_mpn    VARCHAR(200)  NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    received_mpn    VARCHAR(100)  NOT NULL,
    note            VARCHAR(500)  NOT NULL,
    checked_by      CHAR(36)      NOT NULL,
    checked_at      DATETIME(6)   NOT NULL,
    version         BIGINT        NOT NULL,
    CONSTRAINT uk_order_part_checks_part UNIQUE (order_id, line_no, item_no),
    CONSTRAINT fk_order_part_checks_order FOREIGN KEY (order_id) REFERENCES orders (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The last number given to a unit per serial prefix (board and revision), incremented under the row's lock.
CREATE TABLE unit_serials (
    prefix      VARCHAR(40) NOT NULL PRIMARY KEY,
    last_number INT         NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE order_units (
    id             CHAR(36)     NOT NULL PRIMARY KEY,
    serial         VARCHAR(80)  NOT NULL,
    order_id       CHAR(36)     NOT NULL,
    line_no        INT          NOT NULL,
    revision_id    CHAR(36)     NOT NULL,
    team_id        CHAR(36)     NOT NULL,
    board_name     VARCHAR(200) NOT NULL,
    revision_label VARCHAR(40)  NOT NULL,
    bom_hash       VARCHAR(64)  NOT NULL,
    assembled_by   CHAR(36)     NOT NULL,
    assembled_at   DATETIME(6)  NOT NULL,
    shipped_at     DATETIME(6)  NULL,
    recall_id      CHAR(36)     NULL,
    blocked        BOOLEAN      NOT NULL DEFAULT FALSE,
    version        BIGINT       NOT NULL,
    CONSTRAINT uk_order_units_serial UNIQUE (serial),
    INDEX ix_order_units_order (order_id, line_no),
    INDEX ix_order_units_revision (revision_id),
    CONSTRAINT fk_order_units_order FOREIGN KEY (order_id) REFERENCES orders (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE order_unit_tests (
    unit_id          CHAR(36)      NOT NULL,
    position         INT           NOT NULL,
    result           VARCHAR(8)    NOT NULL,
    firmware_version VARCHAR(40)   NOT NULL,
    notes            VARCHAR(1000) NOT NULL,
    tested_by        CHAR(36)      NOT NULL,
    tested_at        DATETIME(6)   NOT NULL,
    PRIMARY KEY (unit_id, position),
    CONSTRAINT fk_order_unit_tests_unit FOREIGN KEY (unit_id) REFERENCES order_units (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE recalls (
    id             CHAR(36)      NOT NULL PRIMARY KEY,
    revision_id    CHAR(36)      NOT NULL,
    board_slug     VARCHAR(80)   NOT NULL,
    board_name     VARCHAR(200)  NOT NULL,
    revision_label VARCHAR(40)   NOT NULL,
    bom_hash       VARCHAR(64)   NOT NULL,
    reason         VARCHAR(2000) NOT NULL,
    opened_at      DATETIME(6)   NOT NULL,
    opened_by      CHAR(36)      NULL,
    version        BIGINT        NOT NULL,
    CONSTRAINT uk_recalls_revision UNIQUE (revision_id),
    INDEX ix_recalls_opened (opened_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE recall_units (
    recall_id        CHAR(36)    NOT NULL,
    position         INT         NOT NULL,
    unit_id          CHAR(36)    NOT NULL,
    serial           VARCHAR(80) NOT NULL,
    order_id         CHAR(36)    NOT NULL,
    firmware_version VARCHAR(40) NOT NULL,
    passing          BOOLEAN     NOT NULL,
    shipped_at       DATETIME(6) NULL,
    blocked          BOOLEAN     NOT NULL,
    PRIMARY KEY (recall_id, position),
    CONSTRAINT fk_recall_units_recall FOREIGN KEY (recall_id) REFERENCES recalls (id),
    CONSTRAINT fk_recall_units_unit FOREIGN KEY (unit_id) REFERENCES order_units (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE recall_notices (
    recall_id       CHAR(36)    NOT NULL,
    position        INT         NOT NULL,
    order_id        CHAR(36)    NOT NULL,
    buyer_id        CHAR(36)    NOT NULL,
    language        VARCHAR(8)  NOT NULL,
    order_reference VARCHAR(12) NOT NULL,
    action          VARCHAR(32) NOT NULL,
    serials         TEXT        NOT NULL,
    PRIMARY KEY (recall_id, position),
    INDEX ix_recall_notices_order (order_id),
    CONSTRAINT fk_recall_notices_recall FOREIGN KEY (recall_id) REFERENCES recalls (id),
    CONSTRAINT fk_recall_notices_order FOREIGN KEY (order_id) REFERENCES orders (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
