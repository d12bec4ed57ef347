-- A signed-in buyer's cart: one row per offer, kept across sign-ins and shared by every node.
CREATE TABLE cart_items (
    buyer_id CHAR(36)    NOT NULL,
    offer_id CHAR(36)    NOT NULL,
    quantity INT         NOT NULL,
    added_at DATETIME(6) NOT NULL,
    PRIMARY KEY (buyer_id, offer_id),
    CONSTRAINT fk_cart_items_buyer FOREIGN KEY (buyer_id) REFERENCES users (id),
    CONSTRAINT fk_cart_items_offer FOREIGN KEY (offer_id) REFERENCES offers (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
