package org.openspacemakers.marketplace.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
import org.openspacemakers.marketplace.refusal.Refusal;
import org.openspacemakers.marketplace.refusal.RefusalCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * One buyer cannot hold a team's slots without paying: at most 2 unpaid orders and 3 unpaid boards
 * of a team at once here (a context of its own, with these limits), also when the buyer's orders race.
 */
@CoreTest
@TestPropertySource(properties = {"marketplace.orders.max-unpaid-orders=2", "marketplace.orders.max-unpaid-boards-per-team=3"})
class UnpaidLimitsTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    Orders orders;

    @Test
    void aThirdUnpaidOrderIsRefusedUntilOneIsPaid() {
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        Fixtures.Listing other = fixtures.approvedListing("FR");
        UUID buyer = fixtures.user(Role.BUYER).id();
        Order first = orders.place(boards(buyer, key(), listing.fullKit().id(), 1)).order();
        orders.place(boards(buyer, key(), other.fullKit().id(), 1));

        assertThatThrownBy(() -> orders.place(boards(buyer, key(), listing.fullKit().id(), 1)))
                .isInstanceOfSatisfying(OrderRefused.class, refused -> assertThat(refused.reasons())
                        .extracting(Refusal::code).containsExactly(RefusalCode.UNPAID_LIMIT_REACHED));
        orders.confirmBankTransfer(first.id(), Orders.Actor.administrator(fixtures.user(Role.ADMIN).id()));
        assertThat(orders.place(boards(buyer, key(), listing.fullKit().id(), 1)).created()).isTrue();
    }

    @Test
    void unpaidBoardsOfOneTeamAreBoundedAndACancellationFreesThem() {
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        UUID buyer = fixtures.user(Role.BUYER).id();
        Order three = orders.place(boards(buyer, key(), listing.fullKit().id(), 3)).order();

        assertThatThrownBy(() -> orders.place(boards(buyer, key(), listing.fullKit().id(), 1)))
                .isInstanceOfSatisfying(OrderRefused.class, refused -> assertThat(refused.reasons())
                        .extracting(Refusal::code, Refusal::detail)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple(RefusalCode.UNPAID_LIMIT_REACHED, "boards")));
        orders.cancel(three.id(), "", Orders.Actor.person(buyer));
        assertThat(orders.place(boards(buyer, key(), listing.fullKit().id(), 3)).created()).isTrue();
    }

    @Test
    void tenRacingOrdersOfOneBuyerPlaceNoMoreThanTheLimit() throws Exception {
        UUID buyer = fixtures.user(Role.BUYER).id();
        List<Callable<Placement>> placements = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Fixtures.Listing listing = fixtures.approvedListing("FR");
            placements.add(() -> orders.place(boards(buyer, key(), listing.fullKit().id(), 1)));
        }

        List<Race.Outcome<Placement>> outcomes = Race.run(placements);

        assertThat(outcomes).filteredOn(Race.Outcome::succeeded).as(Race.describe(outcomes)).hasSize(2);
    }
}
