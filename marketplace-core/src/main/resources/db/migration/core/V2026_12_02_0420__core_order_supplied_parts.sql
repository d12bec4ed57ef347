-- The parts an assembly-only buyer supplies, per order line, as the workshop receives them.
CREATE TABLE order_supplied_parts (
    order_id  CHAR(36)     NOT NULL,
    position  INT          NOT NULL,
    line_no   INT          NOT NULL,
    reference VARCHAR(200) NOT NULL,
    mpn       VARCHAR(100) NOT NULL,
    PRIMARY KEY (order_id, position),
    CONSTRAINT fk_order_supplied_parts_order FOREIGN KEY (order_id) REFERENCES orders (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
