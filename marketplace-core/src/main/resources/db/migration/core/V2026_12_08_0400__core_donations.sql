-- Donations (donation.Donations, docs/donations.md): money given, not a sale. No VAT, never part of
-- an invoice; a receipt numbered in a series of its own (D2026-000001), taken from the same
-- gapless counters as the invoices' (document_series, document_counters).
INSERT INTO document_series (series) VALUES ('DONATION_RECEIPT');

-- A donation from its pledge (PENDING, with the reference the donor's transfer quotes) until the
-- money arrives (RECEIVED: the receipt's number, day and PDF, frozen) or it is called off (CANCELLED).
-- The donor's postal address is kept only when a tax receipt is to name it. Anyone may give: the
-- donor's account, if they were signed in, is kept by identifier. The donor's page and receipt are
-- reached by links whose tokens only the donor was given (one when pledged, one in the receipt's mail):
-- their SHA-256 is kept here, never the tokens.
CREATE TABLE donations (
    id                 CHAR(36)     NOT NULL,
    reference          VARCHAR(12)  NOT NULL,
    token_sha256       CHAR(64)     NOT NULL,
    receipt_token_sha256 CHAR(64),
    amount_minor       BIGINT       NOT NULL,
    currency           CHAR(3)      NOT NULL,
    donor_name         VARCHAR(200) NOT NULL,
    donor_email        VARCHAR(254) NOT NULL,
    address_line1      VARCHAR(200) NOT NULL,
    address_line2      VARCHAR(200) NOT NULL,
    address_postal     VARCHAR(20)  NOT NULL,
    address_city       VARCHAR(100) NOT NULL,
    address_country    CHAR(2)      NOT NULL,
    language           VARCHAR(8)   NOT NULL,
    user_id            CHAR(36),
    order_id           CHAR(36),
    payment_method     VARCHAR(32)  NOT NULL,
    status             VARCHAR(16)  NOT NULL,
    pledged_at         DATETIME(6)  NOT NULL,
    received_at        DATETIME(6),
    received_on        DATE,
    received_by        CHAR(36),
    cancelled_at       DATETIME(6),
    tax_receipt        BOOLEAN      NOT NULL,
    receipt_number     VARCHAR(20),
    receipt_year       INT,
    receipt_seq        BIGINT,
    receipt_issued_on  DATE,
    pdf_key            CHAR(64),
    pdf_sha256         CHAR(64),
    pdf_size           BIGINT,
    version            BIGINT       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_donations_reference UNIQUE (reference),
    CONSTRAINT uk_donations_token UNIQUE (token_sha256),
    CONSTRAINT uk_donations_receipt_token UNIQUE (receipt_token_sha256),
    CONSTRAINT uk_donations_receipt UNIQUE (receipt_number),
    CONSTRAINT uk_donations_receipt_seq UNIQUE (receipt_year, receipt_seq),
    CONSTRAINT uk_donations_order UNIQUE (order_id),
    INDEX ix_donations_user (user_id),
    INDEX ix_donations_received (status, received_on),
    INDEX ix_donations_pledged (pledged_at),
    CONSTRAINT fk_donations_order FOREIGN KEY (order_id) REFERENCES orders (id),
    CONSTRAINT ck_donations_amount CHECK (amount_minor > 0),
    CONSTRAINT ck_donations_status CHECK (status IN ('PENDING', 'RECEIVED', 'CANCELLED')),
    CONSTRAINT ck_donations_receipt CHECK ((status = 'RECEIVED') = (receipt_number IS NOT NULL))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
