-- The whole life of an order: its language, the payment reference a buyer types, its reservation
-- of the teams' slots and when an unpaid one runs out, where a held order resumes, the payment,
-- refunds, the shipment, delivery and a consumer's withdrawal; and its timeline, step by step.
ALTER TABLE orders
    ADD COLUMN language               VARCHAR(8)   NOT NULL DEFAULT 'en',
    ADD COLUMN payment_reference      VARCHAR(12)  NULL,
    ADD COLUMN reserved               BOOLEAN      NOT NULL DEFAULT FALSE,
    ADD COLUMN reservation_expires_at DATETIME(6)  NULL,
    ADD COLUMN resumes_to             VARCHAR(32)  NULL,
    ADD COLUMN paid_with              VARCHAR(32)  NULL,
    ADD COLUMN paid_minor             BIGINT       NULL,
    ADD COLUMN paid_at                DATETIME(6)  NULL,
    ADD COLUMN paid_reference         VARCHAR(200) NULL,
    ADD COLUMN paid_confirmed_by      CHAR(36)     NULL,
    ADD COLUMN refunded_minor         BIGINT       NOT NULL DEFAULT 0,
    ADD COLUMN carrier                VARCHAR(100) NULL,
    ADD COLUMN tracking_number        VARCHAR(100) NULL,
    ADD COLUMN shipped_at             DATETIME(6)  NULL,
    ADD COLUMN delivered_at           DATETIME(6)  NULL,
    ADD COLUMN withdrawn_at           DATETIME(6)  NULL;

-- Orders placed before: their reference from their id, reserved while open, for ten days from now.
UPDATE orders SET payment_reference = CONCAT('OSM-', UPPER(LEFT(REPLACE(id, '-', ''), 8)));
UPDATE orders SET reserved = TRUE, reservation_expires_at = DATE_ADD(placed_at, INTERVAL 10 DAY)
    WHERE status IN ('AWAITING_PAYMENT', 'AWAITING_VERIFICATION');

ALTER TABLE orders
    MODIFY COLUMN payment_reference VARCHAR(12) NOT NULL,
    ADD CONSTRAINT uk_orders_payment_reference UNIQUE (payment_reference),
    ADD INDEX ix_orders_reservations (reserved, reservation_expires_at),
    ADD INDEX ix_orders_status_placed (status, placed_at);

CREATE TABLE order_steps (
    order_id CHAR(36)     NOT NULL,
    position INT          NOT NULL,
    status   VARCHAR(32)  NOT NULL,
    at       DATETIME(6)  NOT NULL,
    actor_id CHAR(36)     NULL,
    event    VARCHAR(40)  NOT NULL,
    note     VARCHAR(500) NOT NULL,
    PRIMARY KEY (order_id, position),
    CONSTRAINT fk_order_steps_order FOREIGN KEY (order_id) REFERENCES orders (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO order_steps (order_id, position, status, at, actor_id, event, note)
    SELECT id, 0, status, placed_at, buyer_id, status, '' FROM orders;

-- A suspension or revocation finds the open orders of the revision.
ALTER TABLE order_lines ADD INDEX ix_order_lines_revision (revision_id);
