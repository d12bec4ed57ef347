package org.openspacemakers.marketplace.cart;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CartItemRepository extends JpaRepository<CartItem, CartItem.Key> {

    /** The buyer's lines, the first added first (the offer breaks ties: stored times may lose their fraction). */
    @Query("select i from CartItem i where i.buyerId = :buyer order by i.addedAt, i.offerId")
    List<CartItem> lines(@Param("buyer") UUID buyer);

    @Query("select count(i) from CartItem i where i.buyerId = :buyer")
    long countLines(@Param("buyer") UUID buyer);

    /**
     * Puts the offer in the cart, or adds to its line up to the most one line holds, in one
     * statement: two additions at once, on any nodes, both count.
     */
    @Modifying
    @Query(nativeQuery = true, value = """
            INSERT INTO cart_items (buyer_id, offer_id, quantity, added_at) VALUES (:buyer, :offer, :quantity, :at)
            ON DUPLICATE KEY UPDATE quantity = LEAST(quantity + :quantity, :most)""")
    int add(@Param("buyer") String buyer, @Param("offer") String offer, @Param("quantity") int quantity,
            @Param("at") Instant at, @Param("most") int most);

    @Modifying
    @Query("update CartItem i set i.quantity = :quantity where i.buyerId = :buyer and i.offerId = :offer")
    int change(@Param("buyer") UUID buyer, @Param("offer") UUID offer, @Param("quantity") int quantity);

    /** Takes what was ordered off the line; a line left with none is removed by {@link #removeEmpty}. */
    @Modifying
    @Query("update CartItem i set i.quantity = i.quantity - :ordered where i.buyerId = :buyer and i.offerId = :offer")
    int subtract(@Param("buyer") UUID buyer, @Param("offer") UUID offer, @Param("ordered") int ordered);

    @Modifying
    @Query("delete from CartItem i where i.buyerId = :buyer and i.quantity <= 0")
    int removeEmpty(@Param("buyer") UUID buyer);

    @Modifying
    @Query("delete from CartItem i where i.buyerId = :buyer and i.offerId = :offer")
    int remove(@Param("buyer") UUID buyer, @Param("offer") UUID offer);

    @Modifying
    @Query("delete from CartItem i where i.buyerId = :buyer")
    int empty(@Param("buyer") UUID buyer);
}
