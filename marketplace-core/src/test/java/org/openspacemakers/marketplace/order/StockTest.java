package org.openspacemakers.marketplace.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openspacemakers.marketplace.order.OrderRequests.boards;
import static org.openspacemakers.marketplace.order.OrderRequests.key;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openspacemakers.marketplace.account.Role;
import org.openspacemakers.marketplace.catalog.ListingRejected;
import org.openspacemakers.marketplace.catalog.NotTeamMember;
import org.openspacemakers.marketplace.catalog.Stock;
import org.openspacemakers.marketplace.catalog.Teams;
import org.openspacemakers.marketplace.coretest.CoreTest;
import org.openspacemakers.marketplace.coretest.Race;
import org.openspacemakers.marketplace.fixtures.Fixtures;
import org.openspacemakers.marketplace.refusal.Refusal;
import org.openspacemakers.marketplace.refusal.RefusalCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Full kits sold from a team's shelf of assembled boards, on the real database: each unit ordered
 * takes a board off and books no assembly slot; the shelf never goes below zero, however many
 * buyers race for its last boards; every reservation that ends unsold puts its boards back, and a
 * shipment sells them.
 */
@CoreTest
class StockTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    Teams teams;
    @Autowired
    Stock stock;
    @Autowired
    Orders orders;
    @Autowired
    Fulfilment fulfilment;
    @Autowired
    AssemblyQueue queue;
    @Autowired
    JdbcTemplate jdbc;

    /** 200 buyers race for 5 boards on the shelf, three times over: exactly 5 orders each time, and sold + left = start. */
    @Test
    void twoHundredBuyersRacingForFiveBoardsInStockPlaceExactlyFiveOrders() throws Exception {
        List<UUID> buyers = Racers.accounts(jdbc, 200);
        for (int round = 0; round < 3; round++) {
            Fixtures.Listing listing = stockedListing(5);
            List<Race.Outcome<Placement>> outcomes = Racers.raceFor(orders, buyers, listing.fullKit().id());

            Racers.assertWon(outcomes, 5);
            int sold = jdbc.queryForObject("SELECT COALESCE(SUM(l.quantity), 0) FROM order_lines l WHERE l.offer_id = ?"
                    + " AND l.from_stock = TRUE", Integer.class, listing.fullKit().id().toString());
            assertThat(sold).isEqualTo(5);
            assertThat(sold + shelf(listing)).as("sold + left = start").isEqualTo(5);
            assertThat(teamsOwnCount(listing)).as("no assembly slot booked").isZero();
        }
    }

    @Test
    void anOrderFromStockTakesNoAssemblySlotShipsWithinTwoDaysAndEmptiesTheShelf() {
        Fixtures.Listing listing = stockedListing(2);
        teams.changeCapacity(listing.maker().id(), listing.team().slug(), 1, 1);

        Order placed = place(listing, 2);

        assertThat(placed.lines()).allSatisfy(line -> assertThat(line.fromStock()).isTrue());
        assertThat(placed.leadTimeDays()).contains(AssemblyQueue.FROM_STOCK_DAYS);
        assertThat(shelf(listing)).isZero();
        assertThat(teamsOwnCount(listing)).isZero();
        assertThat(queue.queuedBoards(listing.team().id())).isZero();
        assertThatThrownBy(() -> place(listing, 1)).isInstanceOfSatisfying(OrderRefused.class, refused ->
                assertThat(refused.reasons()).extracting(Refusal::code, Refusal::detail)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple(RefusalCode.CAPACITY_EXHAUSTED, "stock")));
        assertThat(teamsOwnCount(listing)).as("the full shelf is not made up from the team's slots").isZero();
    }

    @Test
    void aCancelledOrAnExpiredOrderPutsItsBoardsBackOnTheShelfAndALatePaymentTakesThemAgain() {
        Fixtures.Listing listing = stockedListing(3);
        Orders.Actor admin = Orders.Actor.administrator(fixtures.user(Role.ADMIN).id());
        Order cancelled = place(listing, 2);
        Order late = place(listing, 1);
        assertThat(shelf(listing)).isZero();

        orders.cancel(cancelled.id(), "changed my mind", Orders.Actor.person(cancelled.buyerId()));
        assertThat(shelf(listing)).isEqualTo(2);
        orders.releaseExpiredReservations(late.placedAt().plus(Duration.ofDays(10)));
        assertThat(shelf(listing)).isEqualTo(3);

        Order paid = orders.confirmBankTransfer(late.id(), admin);
        assertThat(paid.status()).isEqualTo(OrderStatus.PAID);
        assertThat(paid.reserved()).isTrue();
        assertThat(shelf(listing)).isEqualTo(2);
        assertThat(teamsOwnCount(listing)).isZero();
    }

    @Test
    void aLatePaymentFindingTheShelfEmptyPutsTheOrderOnHoldWithoutOverselling() {
        Fixtures.Listing listing = stockedListing(1);
        Order late = place(listing, 1);
        orders.releaseExpiredReservations(late.placedAt().plus(Duration.ofDays(10)));
        place(listing, 1);

        Order held = orders.confirmBankTransfer(late.id(), Orders.Actor.administrator(fixtures.user(Role.ADMIN).id()));

        assertThat(held.status()).isEqualTo(OrderStatus.ON_HOLD);
        assertThat(held.steps().get(held.steps().size() - 1).note()).contains("CAPACITY_EXHAUSTED");
        assertThat(shelf(listing)).isZero();
    }

    @Test
    void aShippedBoardFromStockIsSoldAndARefundAfterwardsDoesNotPutItBack() {
        Fixtures.Listing listing = stockedListing(1);
        Orders.Actor admin = Orders.Actor.administrator(fixtures.user(Role.ADMIN).id());
        Orders.Actor maker = Orders.Actor.person(listing.maker().id());
        Order placed = place(listing, 1);
        orders.confirmBankTransfer(placed.id(), admin);
        orders.startAssembly(placed.id(), maker);
        fulfilment.recordUnit(placed.id(), 0, new UnitTestEntry("1.0", UnitTest.Result.PASSED, ""), maker);
        orders.markTested(placed.id(), maker);

        orders.ship(placed.id(), "La Poste", "6A0002", maker);
        orders.refund(placed.id(), placed.total(), "returned broken", admin);

        assertThat(shelf(listing)).isZero();
        assertThat(teamsOwnCount(listing)).isZero();
    }

    @Test
    void theTeamPutsBoardsOnTheShelfTakesSomeOffAndGoesBackToOrderOnlyOnceItIsEmpty() {
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        UUID offer = listing.fullKit().id();
        UUID maker = listing.maker().id();
        assertThat(stock.change(maker, offer, 4).stock()).contains(4);
        assertThat(stock.change(maker, offer, -1).stock()).contains(3);

        assertThatThrownBy(() -> stock.change(maker, offer, -4)).isInstanceOfSatisfying(ListingRejected.class,
                refused -> assertThat(refused.field()).isEqualTo("boards"));
        assertThatThrownBy(() -> stock.change(maker, offer, 0)).isInstanceOf(ListingRejected.class);
        assertThatThrownBy(() -> stock.change(maker, offer, Stock.MAX_BOARDS)).isInstanceOf(ListingRejected.class);
        assertThatThrownBy(() -> stock.madeToOrder(maker, offer)).isInstanceOfSatisfying(ListingRejected.class,
                refused -> assertThat(refused.problems().get(0).key()).isEqualTo("invalid.stock.notEmpty"));
        assertThatThrownBy(() -> stock.change(fixtures.user(Role.MAKER).id(), offer, 1)).isInstanceOf(NotTeamMember.class);
        assertThat(shelf(listing)).as("nothing refused changed the shelf").isEqualTo(3);

        stock.change(maker, offer, -3);
        assertThat(stock.madeToOrder(maker, offer).stock()).isEmpty();
        assertThat(place(listing, 1).lines().get(0).fromStock()).as("made to order again").isFalse();
        assertThat(teamsOwnCount(listing)).isEqualTo(1);
    }

    @Test
    void anAssemblyOnlyOfferHasNoShelf() {
        Fixtures.AssemblyOnlyListing listing = fixtures.approvedAssemblyOnlyListing("FR");

        assertThatThrownBy(() -> stock.change(listing.listing().maker().id(), listing.assemblyOnly().id(), 1))
                .isInstanceOfSatisfying(ListingRejected.class, refused -> assertThat(refused.problems().get(0).key()).isEqualTo("invalid.stock.kind"));
    }

    private Fixtures.Listing stockedListing(int boards) {
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        stock.change(listing.maker().id(), listing.fullKit().id(), boards);
        return listing;
    }

    private Order place(Fixtures.Listing listing, int boards) {
        return orders.place(boards(fixtures.user(Role.BUYER).id(), key(), listing.fullKit().id(), boards)).order();
    }

    private Integer shelf(Fixtures.Listing listing) {
        return jdbc.queryForObject("SELECT stock FROM offers WHERE id = ?", Integer.class, listing.fullKit().id().toString());
    }

    private int teamsOwnCount(Fixtures.Listing listing) {
        return Racers.queued(jdbc, listing.team().id());
    }

}
