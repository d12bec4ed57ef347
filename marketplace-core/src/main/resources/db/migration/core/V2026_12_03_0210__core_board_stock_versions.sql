-- Raised each time a shelf of one of the board's offers changes (an order takes boards, a
-- reservation gives them back, the team puts boards on or takes them off), in that transaction:
-- the product page reads it with its version in its one statement, by primary key, and reads the
-- shelves again only when it moved. Kept apart from boards so that orders never lock a board's row.
CREATE TABLE board_stock_versions (
    board_id CHAR(36) NOT NULL PRIMARY KEY,
    version  BIGINT   NOT NULL,
    CONSTRAINT fk_board_stock_versions_board FOREIGN KEY (board_id) REFERENCES boards (id)
);
