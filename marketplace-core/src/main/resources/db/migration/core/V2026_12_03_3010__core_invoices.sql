-- Invoices and credit notes (invoice.Invoices, docs/invoices.md).
--
-- Numbers without gaps: each series has a row here that the transaction taking a number locks
-- (SELECT ... FOR UPDATE) until it commits, and a counter per year under it; a transaction that rolls
-- back gives its number back with its counter's update.
CREATE TABLE document_series (
    series VARCHAR(16) NOT NULL,
    PRIMARY KEY (series)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO document_series (series) VALUES ('INVOICE'), ('CREDIT_NOTE');

CREATE TABLE document_counters (
    series     VARCHAR(16) NOT NULL,
    issue_year INT         NOT NULL,
    last_seq   BIGINT      NOT NULL,
    PRIMARY KEY (series, issue_year),
    CONSTRAINT fk_document_counters_series FOREIGN KEY (series) REFERENCES document_series (series),
    CONSTRAINT ck_document_counters_seq CHECK (last_seq BETWEEN 1 AND 999999)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- An invoice as issued, never changed: the parties, lines, totals and mentions frozen when the order was
-- paid, and the PDF made from them then (stored by its SHA-256).
CREATE TABLE invoices (
    id                CHAR(36)      NOT NULL,
    number            VARCHAR(20)   NOT NULL,
    issue_year        INT           NOT NULL,
    seq_no            BIGINT        NOT NULL,
    order_id          CHAR(36)      NOT NULL,
    buyer_id          CHAR(36)      NOT NULL,
    issued_at         DATETIME(6)   NOT NULL,
    issue_date        DATE          NOT NULL,
    ordered_at        DATETIME(6)   NOT NULL,
    payment_method    VARCHAR(32)   NOT NULL,
    currency          CHAR(3)       NOT NULL,
    total_minor       BIGINT        NOT NULL,
    vat_total_minor   BIGINT        NOT NULL,
    seller_name       VARCHAR(200)  NOT NULL,
    seller_legal_form VARCHAR(200)  NOT NULL,
    seller_address    VARCHAR(500)  NOT NULL,
    seller_email      VARCHAR(200)  NOT NULL,
    seller_siret      VARCHAR(14)   NOT NULL,
    seller_rna        VARCHAR(10)   NOT NULL,
    seller_vat_number VARCHAR(20)   NOT NULL,
    buyer_type        VARCHAR(32)   NOT NULL,
    buyer_company     VARCHAR(200)  NOT NULL,
    buyer_vat_number  VARCHAR(20)   NOT NULL,
    buyer_name        VARCHAR(200)  NOT NULL,
    buyer_address     VARCHAR(700)  NOT NULL,
    buyer_country     CHAR(2)       NOT NULL,
    pdf_key           CHAR(64)      NOT NULL,
    pdf_sha256        CHAR(64)      NOT NULL,
    pdf_size          BIGINT        NOT NULL,
    version           BIGINT        NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_invoices_number UNIQUE (number),
    CONSTRAINT uk_invoices_year_seq UNIQUE (issue_year, seq_no),
    CONSTRAINT uk_invoices_order UNIQUE (order_id),
    INDEX ix_invoices_buyer (buyer_id),
    CONSTRAINT fk_invoices_order FOREIGN KEY (order_id) REFERENCES orders (id),
    CONSTRAINT ck_invoices_amounts CHECK (total_minor >= 0 AND vat_total_minor BETWEEN 0 AND total_minor)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE invoice_lines (
    invoice_id       CHAR(36)     NOT NULL,
    line_no          INT          NOT NULL,
    description      VARCHAR(400) NOT NULL,
    quantity         INT          NOT NULL,
    unit_price_minor BIGINT       NOT NULL,
    vat_treatment    VARCHAR(32)  NOT NULL,
    vat_rate_bp      INT          NOT NULL,
    vat_minor        BIGINT       NOT NULL,
    PRIMARY KEY (invoice_id, line_no),
    CONSTRAINT fk_invoice_lines_invoice FOREIGN KEY (invoice_id) REFERENCES invoices (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE invoice_mentions (
    invoice_id CHAR(36)      NOT NULL,
    position   INT           NOT NULL,
    mention    VARCHAR(1000) NOT NULL,
    PRIMARY KEY (invoice_id, position),
    CONSTRAINT fk_invoice_mentions_invoice FOREIGN KEY (invoice_id) REFERENCES invoices (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A credit note: a refund of all or part of an invoice, which it names and never changes.
CREATE TABLE credit_notes (
    id              CHAR(36)     NOT NULL,
    number          VARCHAR(20)  NOT NULL,
    issue_year      INT          NOT NULL,
    seq_no          BIGINT       NOT NULL,
    invoice_id      CHAR(36)     NOT NULL,
    order_id        CHAR(36)     NOT NULL,
    buyer_id        CHAR(36)     NOT NULL,
    issued_at       DATETIME(6)  NOT NULL,
    issue_date      DATE         NOT NULL,
    issued_by       CHAR(36),
    reason          VARCHAR(500) NOT NULL,
    currency        CHAR(3)      NOT NULL,
    total_minor     BIGINT       NOT NULL,
    vat_total_minor BIGINT       NOT NULL,
    pdf_key         CHAR(64)     NOT NULL,
    pdf_sha256      CHAR(64)     NOT NULL,
    pdf_size        BIGINT       NOT NULL,
    version         BIGINT       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_credit_notes_number UNIQUE (number),
    CONSTRAINT uk_credit_notes_year_seq UNIQUE (issue_year, seq_no),
    INDEX ix_credit_notes_order (order_id),
    CONSTRAINT fk_credit_notes_invoice FOREIGN KEY (invoice_id) REFERENCES invoices (id),
    CONSTRAINT ck_credit_notes_amounts CHECK (total_minor > 0 AND vat_total_minor BETWEEN 0 AND total_minor)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE credit_note_lines (
    credit_note_id   CHAR(36)     NOT NULL,
    line_no          INT          NOT NULL,
    description      VARCHAR(400) NOT NULL,
    quantity         INT          NOT NULL,
    unit_price_minor BIGINT       NOT NULL,
    vat_treatment    VARCHAR(32)  NOT NULL,
    vat_rate_bp      INT          NOT NULL,
    vat_minor        BIGINT       NOT NULL,
    PRIMARY KEY (credit_note_id, line_no),
    CONSTRAINT fk_credit_note_lines_note FOREIGN KEY (credit_note_id) REFERENCES credit_notes (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
