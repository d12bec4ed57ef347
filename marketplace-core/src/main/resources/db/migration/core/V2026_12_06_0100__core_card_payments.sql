-- Card payments through Stripe Checkout (payment module). Card data never reaches the store: it
-- keeps Stripe's identifiers, amounts and fees, never a card number.

-- A Checkout Session opened for an order: the buyer pays on Stripe's page. An order may have several
-- over time (a new one once the last expired); attempt numbers them, and is in the session's
-- idempotency key, so that two requests opening the same attempt get the same session from Stripe.
CREATE TABLE card_checkouts (
    session_id   VARCHAR(255)  NOT NULL,
    order_id     CHAR(36)      NOT NULL,
    attempt      INT           NOT NULL,
    url          VARCHAR(2000) NOT NULL,
    -- OPEN until Stripe says it was paid (COMPLETE), ran out (EXPIRED) or its delayed payment failed (FAILED).
    status       VARCHAR(16)   NOT NULL,
    amount_minor BIGINT        NOT NULL,
    currency     CHAR(3)       NOT NULL,
    created_at   DATETIME(6)   NOT NULL,
    expires_at   DATETIME(6)   NOT NULL,
    version      BIGINT        NOT NULL,
    PRIMARY KEY (session_id),
    CONSTRAINT uk_card_checkouts_attempt UNIQUE (order_id, attempt),
    CONSTRAINT fk_card_checkouts_order FOREIGN KEY (order_id) REFERENCES orders (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Money Stripe took, one row per PaymentIntent, recorded once whatever the number of events telling
-- of it. outcome says what it did to the order: PAID (or HELD, paid but stopped by the gate),
-- AMOUNT_MISMATCH (did not pay the order, which went ON_HOLD), NOT_AWAITED (the order no longer
-- awaited a payment: cancelled, or paid already), UNKNOWN_ORDER. The fee and net come from the
-- charge's balance transaction, for the association's books; NULL until Stripe has one.
CREATE TABLE card_payments (
    payment_intent      VARCHAR(255) NOT NULL,
    order_id            CHAR(36)     NULL,
    session_id          VARCHAR(255) NULL,
    amount_minor        BIGINT       NOT NULL,
    currency            CHAR(3)      NOT NULL,
    outcome             VARCHAR(20)  NOT NULL,
    charge_id           VARCHAR(255) NULL,
    balance_transaction VARCHAR(255) NULL,
    fee_minor           BIGINT       NULL,
    net_minor           BIGINT       NULL,
    paid_at             DATETIME(6)  NOT NULL,
    recorded_at         DATETIME(6)  NOT NULL,
    PRIMARY KEY (payment_intent),
    INDEX ix_card_payments_order (order_id),
    INDEX ix_card_payments_fee (fee_minor, recorded_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Money Stripe paid back, one row per Stripe refund, recorded once: by the administrator's refund
-- through the store (source STORE, with the request's key) or by the charge.refunded event of a
-- refund made in Stripe's dashboard (source STRIPE). Each recorded row refunded the order once.
CREATE TABLE card_refunds (
    refund_id      VARCHAR(255) NOT NULL,
    payment_intent VARCHAR(255) NOT NULL,
    order_id       CHAR(36)     NOT NULL,
    amount_minor   BIGINT       NOT NULL,
    currency       CHAR(3)      NOT NULL,
    source         VARCHAR(16)  NOT NULL,
    request_key    VARCHAR(200) NULL,
    recorded_at    DATETIME(6)  NOT NULL,
    PRIMARY KEY (refund_id),
    CONSTRAINT uk_card_refunds_request UNIQUE (order_id, request_key),
    INDEX ix_card_refunds_payment (payment_intent)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Stripe's webhook events, stored before the answer (the inbox): an event id is stored once
-- (its key), so a retried delivery is acknowledged and changes nothing; the events are applied
-- after the answer, by any node, each claimed as the mail outbox claims its messages. The payload
-- is kept until applied, then dropped (it names the buyer).
CREATE TABLE stripe_events (
    id              VARCHAR(255) NOT NULL,
    type            VARCHAR(100) NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    received_at     DATETIME(6)  NOT NULL,
    payload         MEDIUMTEXT   NULL,
    -- PENDING until applied (APPLIED), not of a type the store acts on (IGNORED), or given up (FAILED).
    status          VARCHAR(16)  NOT NULL,
    outcome         VARCHAR(40)  NULL,
    order_id        CHAR(36)     NULL,
    attempts        INT          NOT NULL,
    next_attempt_at DATETIME(6)  NOT NULL,
    claimed_by      VARCHAR(100) NULL,
    claim_id        CHAR(36)     NULL,
    claimed_until   DATETIME(6)  NULL,
    processed_at    DATETIME(6)  NULL,
    -- What went wrong last, by kind (exception classes): never Stripe's or the payload's words.
    last_error      VARCHAR(200) NULL,
    PRIMARY KEY (id),
    INDEX ix_stripe_events_due (status, next_attempt_at),
    INDEX ix_stripe_events_claim (claim_id),
    INDEX ix_stripe_events_order (order_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The treasurer's check that the books and Stripe agree: each run compares the card orders paid in
-- its window with the Checkout Sessions Stripe completed, and keeps what differs.
CREATE TABLE payment_reconciliations (
    id               CHAR(36)    NOT NULL,
    ran_at           DATETIME(6) NOT NULL,
    since            DATETIME(6) NOT NULL,
    -- DONE (findings below, maybe none) or FAILED (Stripe did not answer: nothing compared).
    status           VARCHAR(16) NOT NULL,
    orders_checked   INT         NOT NULL,
    sessions_checked INT         NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_payment_reconciliations_ran (ran_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE payment_reconciliation_findings (
    reconciliation_id CHAR(36)     NOT NULL,
    position          INT          NOT NULL,
    -- PAID_WITHOUT_STRIPE_PAYMENT, STRIPE_PAYMENT_WITHOUT_ORDER or AMOUNT_DIFFERS.
    kind              VARCHAR(40)  NOT NULL,
    order_id          CHAR(36)     NULL,
    stripe_reference  VARCHAR(255) NULL,
    amount_minor      BIGINT       NULL,
    currency          CHAR(3)      NULL,
    PRIMARY KEY (reconciliation_id, position),
    CONSTRAINT fk_reconciliation_findings_run FOREIGN KEY (reconciliation_id) REFERENCES payment_reconciliations (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
