package org.openspacemakers.marketplace.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openspacemakers.marketplace.order.OrderRequests.boards;
import static org.openspacemakers.marketplace.order.OrderRequests.key;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.openspacemakers.marketplace.account.Role;
import org.openspacemakers.marketplace.catalog.Teams;
import org.openspacemakers.marketplace.compliance.Approval;
import org.openspacemakers.marketplace.compliance.BuyerType;
import org.openspacemakers.marketplace.compliance.OfferKind;
import org.openspacemakers.marketplace.compliance.Reviews;
import org.openspacemakers.marketplace.compliance.RevisionRef;
import org.openspacemakers.marketplace.coretest.CoreTest;
import org.openspacemakers.marketplace.coretest.HeldTransaction;
import org.openspacemakers.marketplace.coretest.LockWaits;
import org.openspacemakers.marketplace.coretest.Race;
import org.openspacemakers.marketplace.fixtures.Fixtures;
import org.openspacemakers.marketplace.refusal.Forbidden;
import org.openspacemakers.marketplace.refusal.NotFound;
import org.openspacemakers.marketplace.refusal.Refusal;
import org.openspacemakers.marketplace.refusal.RefusalCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The life of an order on the real database: payment confirmed under the gate, reservations that
 * expire and come back, holds from suspensions and revocations (also racing a placement), and the
 * teams' queues given back by every move that ends a reservation.
 */
@CoreTest
class OrderLifeTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    Teams teams;
    @Autowired
    Orders orders;
    @Autowired
    Fulfilment fulfilment;
    @Autowired
    AssemblyQueue queue;
    @Autowired
    Reviews reviews;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aConfirmedBankTransferPaysTheOrderAndTheTeamFulfilsItToDelivery() {
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        Orders.Actor admin = Orders.Actor.administrator(fixtures.user(Role.ADMIN).id());
        Orders.Actor maker = Orders.Actor.person(listing.maker().id());
        Order placed = place(listing, 2);

        assertThat(placed.paymentReference()).matches("OSM-[2-9A-HJKMNP-Z]{5}");
        Order paid = orders.confirmBankTransfer(placed.id(), admin);
        assertThat(paid.status()).isEqualTo(OrderStatus.PAID);
        assertThat(paid.payment()).hasValueSatisfying(payment -> assertThat(payment.amount()).isEqualTo(placed.total()));
        orders.startAssembly(placed.id(), maker);
        UnitTestEntry passed = new UnitTestEntry("1.0", UnitTest.Result.PASSED, "");
        fulfilment.recordUnit(placed.id(), 0, passed, maker);
        fulfilment.recordUnit(placed.id(), 0, passed, maker);
        orders.markTested(placed.id(), maker);
        assertThat(queue.queuedBoards(listing.team().id())).isEqualTo(2);
        orders.ship(placed.id(), "La Poste", "6A0001", maker);
        Order delivered = orders.deliver(placed.id(), maker);

        assertThat(delivered.status()).isEqualTo(OrderStatus.DELIVERED);
        assertThat(queue.queuedBoards(listing.team().id())).as("shipped boards leave the queue").isZero();
        assertThat(teamsOwnCount(listing)).isZero();
        assertThat(orders.findForViewer(placed.id(), placed.buyerId(), false).orElseThrow().steps())
                .extracting(OrderStep::status).containsExactly(OrderStatus.AWAITING_PAYMENT, OrderStatus.PAID,
                        OrderStatus.IN_ASSEMBLY, OrderStatus.TESTED, OrderStatus.SHIPPED, OrderStatus.DELIVERED);
    }

    @Test
    void onlyAnAdministratorConfirmsATransferAndOnlyTheTeamFulfils() {
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        Order placed = place(listing, 1);

        assertThatThrownBy(() -> orders.confirmBankTransfer(placed.id(), Orders.Actor.person(placed.buyerId())))
                .isInstanceOf(Forbidden.class);
        orders.confirmBankTransfer(placed.id(), Orders.Actor.administrator(fixtures.user(Role.ADMIN).id()));
        assertThatThrownBy(() -> orders.startAssembly(placed.id(), Orders.Actor.person(fixtures.user(Role.BUYER).id())))
                .isInstanceOf(NotFound.class);
        assertThat(orders.findForViewer(placed.id(), placed.buyerId(), false).orElseThrow().status())
                .isEqualTo(OrderStatus.PAID);
    }

    @Test
    void anExpiredReservationGoesBackOnSaleAndALatePaymentBooksItAgainWhenThereIsRoom() {
        Fixtures.Listing listing = listingWithSlots(2);
        Order late = place(listing, 2);

        orders.releaseExpiredReservations(late.placedAt().plus(Duration.ofDays(9)));
        assertThat(queue.queuedBoards(listing.team().id())).as("not yet").isEqualTo(2);
        assertThat(orders.releaseExpiredReservations(late.placedAt().plus(Duration.ofDays(10)))).isPositive();
        assertThat(queue.queuedBoards(listing.team().id())).isZero();
        assertThat(teamsOwnCount(listing)).isZero();

        Order paid = orders.confirmBankTransfer(late.id(), Orders.Actor.administrator(fixtures.user(Role.ADMIN).id()));
        assertThat(paid.status()).isEqualTo(OrderStatus.PAID);
        assertThat(paid.reserved()).isTrue();
        assertThat(teamsOwnCount(listing)).isEqualTo(2);
    }

    @Test
    void aLatePaymentWithNoRoomLeftPutsTheOrderOnHold() {
        Fixtures.Listing listing = listingWithSlots(2);
        Order late = place(listing, 2);
        orders.releaseExpiredReservations(late.placedAt().plus(Duration.ofDays(10)));
        place(listing, 2);

        Order held = orders.confirmBankTransfer(late.id(), Orders.Actor.administrator(fixtures.user(Role.ADMIN).id()));

        assertThat(held.status()).isEqualTo(OrderStatus.ON_HOLD);
        assertThat(held.payment()).isPresent();
        assertThat(held.steps().get(held.steps().size() - 1).note()).contains("CAPACITY_EXHAUSTED");
        assertThat(teamsOwnCount(listing)).as("nothing oversold").isEqualTo(2);
    }

    @Test
    void aRevocationPutsEveryOpenOrderOfTheRevisionOnHoldAtOnce() {
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        Orders.Actor admin = Orders.Actor.administrator(fixtures.user(Role.ADMIN).id());
        Order unpaid = place(listing, 1);
        Order paid = place(listing, 1);
        orders.confirmBankTransfer(paid.id(), admin);
        Order cancelled = place(listing, 1);
        orders.cancel(cancelled.id(), "", Orders.Actor.person(cancelled.buyerId()));

        reviews.revoke(RevisionRef.of(listing.revision().id()), fixtures.user(Role.REVIEWER).id(), "unsafe");

        assertThat(status(unpaid)).isEqualTo(OrderStatus.ON_HOLD);
        assertThat(status(paid)).isEqualTo(OrderStatus.ON_HOLD);
        assertThat(status(cancelled)).isEqualTo(OrderStatus.CANCELLED);
        assertThatThrownBy(() -> orders.release(paid.id(), admin)).isInstanceOfSatisfying(OrderRefused.class,
                refused -> assertThat(refused.reasons()).extracting(Refusal::code).contains(RefusalCode.APPROVAL_SUSPENDED));
        assertThat(status(paid)).isEqualTo(OrderStatus.ON_HOLD);
    }

    @Test
    void aSuspendedOrderResumesOnceTheApprovalIsBack() {
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        Orders.Actor admin = Orders.Actor.administrator(fixtures.user(Role.ADMIN).id());
        UUID reviewer = fixtures.user(Role.REVIEWER).id();
        Order placed = place(listing, 1);
        reviews.suspend(RevisionRef.of(listing.revision().id()), reviewer, "test report questioned");
        Order paidWhileHeld = orders.confirmBankTransfer(placed.id(), admin);
        assertThat(paidWhileHeld.status()).isEqualTo(OrderStatus.ON_HOLD);

        reviews.resumeReview(RevisionRef.of(listing.revision().id()), reviewer, "report confirmed");
        assertThatThrownBy(() -> orders.release(placed.id(), admin)).as("in review again, not approved yet")
                .isInstanceOf(OrderRefused.class);
        reviews.approve(RevisionRef.of(listing.revision().id()), reviewer, new Approval(List.of("FR"),
                List.of(BuyerType.values()), List.of(OfferKind.FULL_KIT), null, "report confirmed"));
        Order released = orders.release(placed.id(), admin);

        assertThat(released.status()).isEqualTo(OrderStatus.PAID);
    }

    /**
     * A placement that holds its revision's shared lock makes a concurrent revocation wait; once it
     * commits, the revocation finds its order and holds it. No order slips through.
     */
    @Test
    void aRevocationRacingAPlacementHoldsTheOrderThePlacementCommitted() throws Exception {
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        UUID buyer = fixtures.user(Role.BUYER).id();
        UUID reviewer = fixtures.user(Role.REVIEWER).id();
        Placement placement;
        try (HeldTransaction<Placement> placing = HeldTransaction.open(new TransactionTemplate(transactions),
                () -> orders.place(boards(buyer, key(), listing.fullKit().id(), 1)))) {
            CompletableFuture<?> revocation = CompletableFuture.runAsync(
                    () -> reviews.revoke(RevisionRef.of(listing.revision().id()), reviewer, "unsafe"));
            LockWaits.awaitWaiting(jdbc, 1);
            assertThat(revocation).isNotDone();
            placement = placing.commit();
            revocation.get(1, TimeUnit.MINUTES);
        }
        assertThat(status(placement.order())).isEqualTo(OrderStatus.ON_HOLD);
    }

    /** A revocation in progress makes a placement wait for it, and the gate, asked after the lock, refuses. */
    @Test
    void aPlacementRacingARevocationWaitsForItAndIsRefused() throws Exception {
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        UUID buyer = fixtures.user(Role.BUYER).id();
        UUID reviewer = fixtures.user(Role.REVIEWER).id();
        try (HeldTransaction<Object> revoking = HeldTransaction.open(new TransactionTemplate(transactions),
                () -> reviews.revoke(RevisionRef.of(listing.revision().id()), reviewer, "unsafe"))) {
            CompletableFuture<Placement> placement = CompletableFuture.supplyAsync(
                    () -> orders.place(boards(buyer, key(), listing.fullKit().id(), 1)));
            LockWaits.awaitWaitingToShare(jdbc, 1);
            assertThat(placement).isNotDone();
            revoking.commit();
            assertThat(placement).failsWithin(1, TimeUnit.MINUTES).withThrowableOfType(ExecutionException.class)
                    .havingCause().isInstanceOfSatisfying(OrderRefused.class, refused -> assertThat(refused.reasons())
                            .extracting(Refusal::code).contains(RefusalCode.APPROVAL_SUSPENDED));
        }
        assertThat(queue.queuedBoards(listing.team().id())).isZero();
    }

    /** 200 buyers race for 5 slots, three times over: exactly 5 orders each time, and sold + left = start. */
    @Test
    void twoHundredBuyersRacingForFiveSlotsPlaceExactlyFiveOrders() throws Exception {
        List<UUID> buyers = Racers.accounts(jdbc, 200);
        for (int round = 0; round < 3; round++) {
            Fixtures.Listing listing = listingWithSlots(5);
            List<Race.Outcome<Placement>> outcomes = Racers.raceFor(orders, buyers, listing.fullKit().id());

            Racers.assertWon(outcomes, 5);
            int sold = queue.queuedBoards(listing.team().id());
            int left = teams.byId(listing.team().id()).orElseThrow().slotsOnSale() - teamsOwnCount(listing);
            assertThat(sold).isEqualTo(5);
            assertThat(sold + left).isEqualTo(5);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM orders o JOIN order_lines l ON l.order_id = o.id"
                    + " WHERE l.team_id = ?", Integer.class, listing.team().id().toString())).isEqualTo(5);
        }
    }


    private OrderStatus status(Order order) {
        return orders.findForViewer(order.id(), order.buyerId(), false).orElseThrow().status();
    }

    private Order place(Fixtures.Listing listing, int boards) {
        return orders.place(boards(fixtures.user(Role.BUYER).id(), key(), listing.fullKit().id(), boards)).order();
    }

    private int teamsOwnCount(Fixtures.Listing listing) {
        return Racers.queued(jdbc, listing.team().id());
    }

    private Fixtures.Listing listingWithSlots(int slots) {
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        teams.changeCapacity(listing.maker().id(), listing.team().slug(), slots, 1);
        return listing;
    }
}
