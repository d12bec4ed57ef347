package org.openspacemakers.marketplace.cart;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** A buyer's cart as it stands: its lines, the first added first. */
public record Cart(List<Line> lines) {

    public Cart {
        lines = List.copyOf(lines);
    }

    /** An offer and how many of it (1 to {@link Carts#MAX_QUANTITY}). */
    public record Line(UUID offerId, int quantity) {

        public Line {
            Objects.requireNonNull(offerId, "offerId");
        }
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }

    /** How many of the offer the cart holds (0 when none). */
    public int quantityOf(UUID offerId) {
        return lines.stream().filter(line -> line.offerId().equals(offerId)).mapToInt(Line::quantity).sum();
    }
}
