package org.openspacemakers.marketplace.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openspacemakers.marketplace.order.OrderRequests.boards;
import static org.openspacemakers.marketplace.order.OrderRequests.key;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.openspacemakers.marketplace.account.Role;
import org.openspacemakers.marketplace.coretest.CoreTest;
import org.openspacemakers.marketplace.coretest.Race;
import org.openspacemakers.marketplace.fixtures.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A buyer's idempotency key never makes two orders, even when requests race: the unique key on
 * (buyer, key) decides in the database, and the requests that lose find the order that won.
 */
@CoreTest
class IdempotencyKeyTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    Orders orders;

    @Test
    void twentyConcurrentPlacementsUnderOneKeyMakeExactlyOneOrder() throws Exception {
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        UUID buyer = fixtures.user(Role.BUYER).id();
        PlaceOrder request = boards(buyer, key(), listing.fullKit().id(), 1);
        List<Callable<Placement>> placements = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            placements.add(() -> orders.place(request));
        }

        List<Race.Outcome<Placement>> outcomes = Race.run(placements);

        assertThat(outcomes).as(Race.describe(outcomes)).allMatch(Race.Outcome::succeeded);
        assertThat(outcomes).filteredOn(placed -> placed.value().created()).hasSize(1);
        assertThat(outcomes).extracting(placed -> placed.value().order().id()).containsOnly(
                outcomes.get(0).value().order().id());
        assertThat(orders.placedBy(buyer)).hasSize(1);
    }

    @Test
    void whenTwoRequestsRaceUnderOneKeyTheFirstStoredWinsAndTheOtherIsRefused() throws Exception {
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        UUID buyer = fixtures.user(Role.BUYER).id();
        String key = key();
        PlaceOrder one = boards(buyer, key, listing.fullKit().id(), 1);
        PlaceOrder two = boards(buyer, key, listing.fullKit().id(), 2);
        List<Callable<Placement>> placements = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            PlaceOrder request = i % 2 == 0 ? one : two;
            placements.add(() -> orders.place(request));
        }

        List<Race.Outcome<Placement>> outcomes = Race.run(placements);

        assertThat(orders.placedBy(buyer)).hasSize(1);
        Order stored = orders.placedBy(buyer).get(0);
        int storedQuantity = stored.lines().get(0).quantity();
        for (int i = 0; i < outcomes.size(); i++) {
            Race.Outcome<Placement> outcome = outcomes.get(i);
            boolean sameRequestAsStored = (i % 2 == 0 ? 1 : 2) == storedQuantity;
            if (sameRequestAsStored) {
                assertThat(outcome.succeeded()).as(Race.describe(outcomes)).isTrue();
                assertThat(outcome.value().order().id()).isEqualTo(stored.id());
            } else {
                assertThat(outcome.failure()).as(Race.describe(outcomes)).isInstanceOf(IdempotencyKeyReused.class);
            }
        }
        assertThat(outcomes).filteredOn(outcome -> outcome.succeeded() && outcome.value().created()).hasSize(1);
    }

    @Test
    void aKeyBelongsToItsBuyer() {
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        UUID alice = fixtures.user(Role.BUYER).id();
        UUID bob = fixtures.user(Role.BUYER).id();
        String key = key();

        Placement alices = orders.place(boards(alice, key, listing.fullKit().id(), 1));
        Placement bobs = orders.place(boards(bob, key, listing.fullKit().id(), 1));

        assertThat(alices.created()).isTrue();
        assertThat(bobs.created()).isTrue();
        assertThat(bobs.order().id()).isNotEqualTo(alices.order().id());
        assertThat(orders.placedBy(alice)).extracting(Order::id).containsExactly(alices.order().id());
        assertThat(orders.placedBy(bob)).extracting(Order::id).containsExactly(bobs.order().id());
    }
}
