-- A donation paid by card (docs/donations.md): the Stripe Checkout Session its donor pays on, kept
-- on the donation (the latest one, with its address and end, and how many were opened: the
-- attempt is in the session's idempotency key, so two clicks at once get one session), and the
-- Stripe payment that paid it. A donation's card payment is recorded in card_payments like an
-- order's, by its PaymentIntent, naming the donation instead of an order.
ALTER TABLE donations
    ADD COLUMN checkout_session_id VARCHAR(255)  NULL,
    ADD COLUMN checkout_url        VARCHAR(2000) NULL,
    ADD COLUMN checkout_expires_at DATETIME(6)   NULL,
    ADD COLUMN checkout_attempt    INT           NOT NULL DEFAULT 0,
    ADD COLUMN paid_reference      VARCHAR(255)  NULL,
    ADD CONSTRAINT uk_donations_checkout_session UNIQUE (checkout_session_id);

ALTER TABLE card_payments
    ADD COLUMN donation_id CHAR(36) NULL,
    ADD INDEX ix_card_payments_donation (donation_id);
