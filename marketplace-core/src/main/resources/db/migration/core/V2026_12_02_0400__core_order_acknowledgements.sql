-- The warnings a buyer acknowledged when ordering (a class A product's), with the version of the
-- text they read.
CREATE TABLE order_acknowledgements (
    order_id     CHAR(36)    NOT NULL,
    code         VARCHAR(40) NOT NULL,
    text_version VARCHAR(20) NOT NULL,
    PRIMARY KEY (order_id, code),
    CONSTRAINT fk_order_acknowledgements_order FOREIGN KEY (order_id) REFERENCES orders (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
