-- The VAT of each order line as set when it was placed (tax.VatRules): how VAT applies (which names the
-- invoice's mention), the rate in basis points and the VAT contained in the line's total; and the order's
-- VAT total. Orders placed before carried no VAT: the store was VAT-exempt (the franchise), its default.
ALTER TABLE order_lines
    ADD COLUMN vat_treatment VARCHAR(32) NOT NULL DEFAULT 'FRANCHISE',
    ADD COLUMN vat_rate_bp   INT         NOT NULL DEFAULT 0,
    ADD COLUMN vat_minor     BIGINT      NOT NULL DEFAULT 0,
    ADD CONSTRAINT ck_order_lines_vat CHECK (vat_rate_bp BETWEEN 0 AND 10000 AND vat_minor >= 0);

ALTER TABLE orders
    ADD COLUMN vat_total_minor BIGINT NOT NULL DEFAULT 0;
