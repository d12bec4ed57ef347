-- Append-only: the application never updates nor deletes a price change. Each change of an offer's price or its
-- breakdown, with who made it and when; an order keeps the price it was placed at (order_lines.unit_price_minor).
-- The sequence (0, 1, 2... per offer) orders them: two changes may fall within one second.
CREATE TABLE offer_price_changes (
    id                    CHAR(36)    NOT NULL PRIMARY KEY,
    offer_id              CHAR(36)    NOT NULL,
    sequence              INT         NOT NULL,
    currency              CHAR(3)     NOT NULL,
    old_price_minor       BIGINT      NOT NULL,
    old_parts_minor       BIGINT      NOT NULL,
    old_pcb_minor         BIGINT      NOT NULL,
    old_labour_minor      BIGINT      NOT NULL,
    old_association_minor BIGINT      NOT NULL,
    old_team_minor        BIGINT      NOT NULL,
    new_price_minor       BIGINT      NOT NULL,
    new_parts_minor       BIGINT      NOT NULL,
    new_pcb_minor         BIGINT      NOT NULL,
    new_labour_minor      BIGINT      NOT NULL,
    new_association_minor BIGINT      NOT NULL,
    new_team_minor        BIGINT      NOT NULL,
    changed_by            CHAR(36)    NOT NULL,
    changed_at            DATETIME(6) NOT NULL,
    CONSTRAINT fk_price_changes_offer FOREIGN KEY (offer_id) REFERENCES offers (id),
    CONSTRAINT uk_price_changes_sequence UNIQUE (offer_id, sequence)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
