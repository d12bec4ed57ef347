-- What checkout adds to an order: its shipping method and amount (part of the total; none and 0
-- for the orders placed before), when the buyer accepted the terms of sale, and when a buyer of
-- an assembly-only line consented to its start within the withdrawal period and acknowledged the
-- loss of the right once assembly starts (null: not given).
ALTER TABLE orders
    ADD COLUMN shipping_method     VARCHAR(20) NULL,
    ADD COLUMN shipping_minor      BIGINT      NOT NULL DEFAULT 0,
    ADD COLUMN terms_accepted_at   DATETIME(6) NULL,
    ADD COLUMN assembly_consent_at DATETIME(6) NULL;
