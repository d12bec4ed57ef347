-- A donation given with an order (docs/donations.md): the buyer adds it at checkout and pays it with
-- the order, in one payment. It is not a sale: the order's total (and its VAT, invoice and books)
-- stays the boards' and the shipping's; what the buyer pays is the total plus the donation. When the
-- order is paid, the donation is received (a row of donations, named by its order) and its receipt
-- issued, in the payment's transaction. The invoice shows the donation after the total, apart.
ALTER TABLE orders ADD COLUMN donation_minor BIGINT NOT NULL DEFAULT 0;
ALTER TABLE orders ADD CONSTRAINT ck_orders_donation CHECK (donation_minor >= 0);
ALTER TABLE invoices ADD COLUMN donation_minor BIGINT NOT NULL DEFAULT 0;
