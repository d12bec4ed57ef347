-- Each team's queue, the boards of its open orders, kept on the team's row by the placements that book it (under
-- the team's lock, which they hold anyway): a product page reads it with its version in one statement, and a
-- placement no longer counts the order lines while holding the lock. Orders taken out of the queue (shipped,
-- cancelled) must take their boards off it in the same transaction.
ALTER TABLE teams
    ADD COLUMN queued_boards INT NOT NULL DEFAULT 0;
UPDATE teams t
SET queued_boards = (SELECT COALESCE(SUM(l.quantity), 0)
                     FROM order_lines l JOIN orders o ON o.id = l.order_id
                     WHERE l.team_id = t.id AND o.status = 'AWAITING_PAYMENT');
