-- The version of what a board's product page shows: raised in the transaction of every change to it (the
-- board, its revisions and offers, its team, a review decision, the register). A node serves the page it
-- built for this version and builds it again when the version moved (catalog/ProductPages).
ALTER TABLE boards
    ADD COLUMN page_version BIGINT NOT NULL DEFAULT 0;

-- A team's order lines, for its queue of waiting orders and the count of its queued boards from the orders (what
-- teams.queued_boards must equal): from this index (the line's order id is in it too), not the whole table.
CREATE INDEX ix_order_lines_team_queue ON order_lines (team_id, quantity);
