package org.openspacemakers.marketplace.cart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.openspacemakers.marketplace.account.Role;
import org.openspacemakers.marketplace.catalog.Listings;
import org.openspacemakers.marketplace.catalog.Money;
import org.openspacemakers.marketplace.catalog.PriceBreakdown;
import org.openspacemakers.marketplace.catalog.Revision;
import org.openspacemakers.marketplace.catalog.VatCategory;
import org.openspacemakers.marketplace.compliance.OfferKind;
import org.openspacemakers.marketplace.coretest.CoreTest;
import org.openspacemakers.marketplace.coretest.Race;
import org.openspacemakers.marketplace.fixtures.Fixtures;
import org.openspacemakers.marketplace.refusal.InvalidInput;
import org.openspacemakers.marketplace.refusal.NotFound;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A buyer's cart lives in the database: additions add up (two at once both count, whatever the
 * node), a line holds at most 100 boards and a cart 20 offers, every bad input is refused naming
 * its field with nothing stored, and an order takes what it ordered off the cart.
 */
@CoreTest
class CartsTest {

    @Autowired
    Carts carts;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Listings listings;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void additionsOfAnOfferAddUpToAHundredAtMost() {
        UUID buyer = fixtures.user(Role.BUYER).id();
        UUID offer = fixtures.draftListing().fullKit().id();

        carts.add(buyer, offer, 2);
        carts.add(buyer, offer, 3);
        assertThat(carts.of(buyer).lines()).containsExactly(new Cart.Line(offer, 5));

        carts.add(buyer, offer, 99);
        assertThat(carts.of(buyer).quantityOf(offer)).isEqualTo(Carts.MAX_QUANTITY);
        carts.change(buyer, offer, 7);
        assertThat(carts.of(buyer).quantityOf(offer)).isEqualTo(7);
        carts.remove(buyer, offer);
        assertThat(carts.of(buyer).isEmpty()).isTrue();
    }

    @Test
    void additionsAtTheSameTimeAllCount() throws Exception {
        UUID buyer = fixtures.user(Role.BUYER).id();
        UUID offer = fixtures.draftListing().fullKit().id();
        List<Callable<Void>> additions = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            additions.add(() -> {
                carts.add(buyer, offer, 3);
                return null;
            });
        }

        List<Race.Outcome<Void>> outcomes = Race.run(additions);

        assertThat(outcomes).as(Race.describe(outcomes)).allMatch(Race.Outcome::succeeded);
        assertThat(carts.of(buyer).lines()).containsExactly(new Cart.Line(offer, 36));
    }

    @Test
    void badInputIsRefusedNamingItsFieldAndNothingIsStored() {
        UUID buyer = fixtures.user(Role.BUYER).id();
        UUID offer = fixtures.draftListing().fullKit().id();
        carts.add(buyer, offer, 1);

        assertRefused(() -> carts.add(buyer, offer, 0), "quantity");
        assertRefused(() -> carts.add(buyer, offer, 101), "quantity");
        assertRefused(() -> carts.add(buyer, UUID.randomUUID(), 1), "offer");
        assertRefused(() -> carts.change(buyer, offer, 0), "quantity");
        assertThatThrownBy(() -> carts.change(buyer, UUID.randomUUID(), 1)).isInstanceOf(NotFound.class);
        assertThat(carts.of(buyer).lines()).containsExactly(new Cart.Line(offer, 1));
    }

    @Test
    void aCartHoldsTwentyOffersAndAddsMoreOfThoseItHolds() {
        Fixtures.Listing listing = fixtures.draftListing();
        UUID buyer = fixtures.user(Role.BUYER).id();
        carts.add(buyer, listing.fullKit().id(), 1);
        for (int i = 2; i <= Carts.MAX_LINES; i++) {
            carts.add(buyer, anotherOffer(listing, i), 1);
        }
        UUID oneTooMany = anotherOffer(listing, Carts.MAX_LINES + 1);

        assertRefused(() -> carts.add(buyer, oneTooMany, 1), "offer");
        carts.add(buyer, listing.fullKit().id(), 1);

        assertThat(carts.of(buyer).lines()).hasSize(Carts.MAX_LINES);
        assertThat(carts.of(buyer).quantityOf(listing.fullKit().id())).isEqualTo(2);
    }

    @Test
    void anOrderTakesWhatItOrderedOffTheCartAndLeavesTheRest() {
        UUID buyer = fixtures.user(Role.BUYER).id();
        UUID kept = fixtures.draftListing().fullKit().id();
        UUID partly = fixtures.draftListing().fullKit().id();
        UUID whole = fixtures.draftListing().fullKit().id();
        carts.add(buyer, kept, 1);
        carts.add(buyer, partly, 5);
        carts.add(buyer, whole, 2);
        UUID someoneElse = fixtures.user(Role.BUYER).id();
        carts.add(someoneElse, whole, 2);

        carts.removeOrdered(buyer, Map.of(partly, 2, whole, 2));

        assertThat(carts.of(buyer).lines()).containsExactlyInAnyOrder(new Cart.Line(kept, 1), new Cart.Line(partly, 3));
        assertThat(carts.of(someoneElse).lines()).containsExactly(new Cart.Line(whole, 2));
    }

    private UUID anotherOffer(Fixtures.Listing listing, int number) {
        Revision revision = fixtures.draftRevision(listing.maker(), listing.board(), "2." + number);
        return listings.offer(listing.maker().id(), revision.id(), OfferKind.FULL_KIT, Money.euros(2_500),
                VatCategory.STANDARD, new PriceBreakdown(1_000, 300, 700, 250, 250)).id();
    }

    private void assertRefused(Runnable change, String field) {
        int rows = jdbc.queryForObject("SELECT COUNT(*) FROM cart_items", Integer.class);
        assertThatThrownBy(change::run).isInstanceOfSatisfying(InvalidInput.class,
                refused -> assertThat(refused.field()).isEqualTo(field));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cart_items", Integer.class)).isEqualTo(rows);
    }
}
