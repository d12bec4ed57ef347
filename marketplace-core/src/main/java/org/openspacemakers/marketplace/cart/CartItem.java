package org.openspacemakers.marketplace.cart;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One offer in a buyer's cart and how many of it. Written by {@link CartItemRepository}'s
 * statements alone (an upsert adds to a line concurrently from any node); read as an entity.
 */
@Entity
@Table(name = "cart_items")
@IdClass(CartItem.Key.class)
class CartItem {

    @Id
    @Column(name = "buyer_id")
    private UUID buyerId;

    @Id
    @Column(name = "offer_id")
    private UUID offerId;

    @Column(nullable = false)
    private int quantity;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected CartItem() {
        // for JPA
    }

    UUID offerId() {
        return offerId;
    }

    int quantity() {
        return quantity;
    }

    /** A cart line's identity: the buyer and the offer. */
    static class Key implements Serializable {

        private UUID buyerId;
        private UUID offerId;

        protected Key() {
            // for JPA
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(buyerId, key.buyerId) && Objects.equals(offerId, key.offerId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(buyerId, offerId);
        }
    }
}
