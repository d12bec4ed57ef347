package org.openspacemakers.marketplace.cart;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.openspacemakers.marketplace.catalog.BoardQueries;
import org.openspacemakers.marketplace.refusal.InvalidInput;
import org.openspacemakers.marketplace.refusal.NotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cart module's API. A signed-in buyer's cart lives in the database, one row per offer, so it
 * survives signing out and works the same on every node. It holds offers, not orders: whether an
 * offer may be sold to the buyer is asked at checkout, when the destination is known.
 */
@Service
public class Carts {

    /** The most of one offer a cart line holds, as an order line. */
    public static final int MAX_QUANTITY = 100;
    /** The most offers a cart holds, as an order of the API. */
    public static final int MAX_LINES = 20;

    private final CartItemRepository items;
    private final BoardQueries catalog;
    private final Clock clock;

    Carts(CartItemRepository items, BoardQueries catalog, Clock clock) {
        this.items = items;
        this.catalog = catalog;
        this.clock = clock;
    }

    /**
     * Puts this many of the offer in the buyer's cart, added to what the cart already holds of it
     * (up to {@value #MAX_QUANTITY}). A quantity out of 1 to {@value #MAX_QUANTITY}, an offer that
     * does not exist, or a new offer in a full cart is refused, naming its field.
     */
    @Transactional
    public void add(UUID buyer, UUID offerId, int quantity) {
        checkQuantity(quantity);
        if (offerId == null || catalog.offer(offerId).isEmpty()) {
            throw new InvalidInput("offer", "invalid.offer");
        }
        if (items.countLines(buyer) >= MAX_LINES && of(buyer).quantityOf(offerId) == 0) {
            throw new InvalidInput("offer", "invalid.cart.full", MAX_LINES);
        }
        items.add(buyer.toString(), offerId.toString(), quantity, clock.instant(), MAX_QUANTITY);
    }

    /** Sets how many of the offer the cart holds; throws {@link NotFound} when the cart does not hold it. */
    @Transactional
    public void change(UUID buyer, UUID offerId, int quantity) {
        checkQuantity(quantity);
        if (items.change(buyer, offerId, quantity) == 0) {
            throw new NotFound();
        }
    }

    /** Takes the offer out of the cart (nothing happens when the cart does not hold it). */
    @Transactional
    public void remove(UUID buyer, UUID offerId) {
        items.remove(buyer, offerId);
    }

    @Transactional(readOnly = true)
    public Cart of(UUID buyer) {
        return new Cart(items.lines(buyer).stream().map(item -> new Cart.Line(item.offerId(), item.quantity())).toList());
    }

    /**
     * Takes what an order holds out of the buyer's cart: each offer's quantity ordered comes off
     * its line, and a line left with none goes.
     */
    @Transactional
    public void removeOrdered(UUID buyer, Map<UUID, Integer> ordered) {
        ordered.forEach((offerId, quantity) -> items.subtract(buyer, offerId, quantity));
        items.removeEmpty(buyer);
    }

    /** Empties the buyer's cart (their account is being erased, in the caller's transaction). */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public int empty(UUID buyer) {
        return items.empty(buyer);
    }

    private static void checkQuantity(int quantity) {
        if (quantity < 1 || quantity > MAX_QUANTITY) {
            throw new InvalidInput("quantity", "invalid.quantity", MAX_QUANTITY);
        }
    }
}
