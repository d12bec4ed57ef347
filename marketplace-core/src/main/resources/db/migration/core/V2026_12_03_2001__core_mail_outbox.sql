-- The outbox of e-mails (notification.Mails): a message is written in the transaction of the change it
-- tells about, and sent after commit by the delivery job (notification.MailDelivery), on any node.
CREATE TABLE mail_outbox (
    id              CHAR(36)     NOT NULL,
    -- The fact the message tells (order:<id>:PAID...): the same fact is never queued twice.
    dedup_key       VARCHAR(200) NOT NULL,
    recipient       VARCHAR(254) NOT NULL,
    language        VARCHAR(35)  NOT NULL,
    subject         VARCHAR(300) NOT NULL,
    body_text       MEDIUMTEXT   NOT NULL,
    body_html       MEDIUMTEXT   NULL,
    created_at      DATETIME(6)  NOT NULL,
    -- PENDING until sent (SENT) or given up after the last attempt (FAILED, kept for an administrator).
    status          VARCHAR(16)  NOT NULL,
    -- Attempts begun: counted when a node claims the message, before it sends.
    attempts        INT          NOT NULL,
    next_attempt_at DATETIME(6)  NOT NULL,
    -- The node sending it and its claim; another node may claim it only once claimed_until has passed.
    claimed_by      VARCHAR(100) NULL,
    claim_id        CHAR(36)     NULL,
    claimed_until   DATETIME(6)  NULL,
    sent_at         DATETIME(6)  NULL,
    -- What went wrong last, by kind (exception classes, SMTP reply code): never the server's words.
    last_error      VARCHAR(200) NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_mail_outbox_dedup_key (dedup_key),
    KEY ix_mail_outbox_due (status, next_attempt_at),
    KEY ix_mail_outbox_claim (claim_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
