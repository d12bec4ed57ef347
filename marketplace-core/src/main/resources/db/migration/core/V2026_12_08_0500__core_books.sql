-- The association's books (package books, docs/guides/treasurer.md).
--
-- 1. Each order line keeps the price breakdown of its offer as it was sold (catalog.PriceBreakdown:
--    parts, PCB, assembly labour, the association's share, the team's share, per unit, VAT included,
--    adding up to the offer's price). Lines placed before this migration did not keep it: they are
--    backfilled from their offer's breakdown as it stands today, which may differ from the one of the
--    day of the sale if the team changed it since (the books then split the line's amount in the
--    proportions of today's breakdown: see books.Shares).
ALTER TABLE order_lines
    ADD COLUMN parts_minor       BIGINT NULL,
    ADD COLUMN pcb_minor         BIGINT NULL,
    ADD COLUMN labour_minor      BIGINT NULL,
    ADD COLUMN association_minor BIGINT NULL,
    ADD COLUMN team_minor        BIGINT NULL;

UPDATE order_lines l JOIN offers o ON o.id = l.offer_id
   SET l.parts_minor = o.parts_minor, l.pcb_minor = o.pcb_minor, l.labour_minor = o.labour_minor,
       l.association_minor = o.association_minor, l.team_minor = o.team_minor;

ALTER TABLE order_lines
    MODIFY parts_minor       BIGINT NOT NULL,
    MODIFY pcb_minor         BIGINT NOT NULL,
    MODIFY labour_minor      BIGINT NOT NULL,
    MODIFY association_minor BIGINT NOT NULL,
    MODIFY team_minor        BIGINT NOT NULL,
    ADD CONSTRAINT ck_order_lines_breakdown CHECK (parts_minor >= 0 AND pcb_minor >= 0 AND labour_minor >= 0
        AND association_minor >= 0 AND team_minor >= 0);

-- The books read a year's paid orders by their payment date.
CREATE INDEX ix_orders_paid_at ON orders (paid_at);

-- 2. What each board's sales brought so far, as its product page shows it (catalog.BoardSales):
--    units sold and the association's share, paid orders less refunds, as the books count them. Kept
--    by the books in the transaction of each payment and refund (books.BoardSalesKeeper), and read by
--    primary key in the product page's one statement, so the page costs no statement more. A board
--    without a row has sold nothing yet, or nothing since this migration: the books count the boards
--    of orders paid before it at startup.
CREATE TABLE board_sales (
    board_id          CHAR(36)    NOT NULL,
    units_sold        BIGINT      NOT NULL,
    association_minor BIGINT      NOT NULL,
    counted_at        DATETIME(6) NOT NULL,
    PRIMARY KEY (board_id),
    CONSTRAINT fk_board_sales_board FOREIGN KEY (board_id) REFERENCES boards (id),
    CONSTRAINT ck_board_sales CHECK (units_sold >= 0 AND association_minor >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
