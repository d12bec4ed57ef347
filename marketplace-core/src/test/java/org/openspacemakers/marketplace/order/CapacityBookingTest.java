package org.openspacemakers.marketplace.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openspacemakers.marketplace.order.OrderRequests.boards;
import static org.openspacemakers.marketplace.order.OrderRequests.key;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.openspacemakers.marketplace.account.Role;
import org.openspacemakers.marketplace.catalog.Teams;
import org.openspacemakers.marketplace.coretest.CoreTest;
import org.openspacemakers.marketplace.coretest.HeldTransaction;
import org.openspacemakers.marketplace.coretest.LockWaits;
import org.openspacemakers.marketplace.coretest.Race;
import org.openspacemakers.marketplace.fixtures.Fixtures;
import org.openspacemakers.marketplace.refusal.Refusal;
import org.openspacemakers.marketplace.refusal.RefusalCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A team's assembly slots are booked one order at a time, under the team's row lock, on the
 * real database: whatever the placements racing for them, none oversells.
 */
@CoreTest
class CapacityBookingTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    Teams teams;
    @Autowired
    Orders orders;
    @Autowired
    AssemblyQueue queue;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void concurrentPlacementsTakeExactlyTheSlotsOnSaleAndTheRestAreRefused() throws Exception {
        Fixtures.Listing listing = listingWithSlots(3);

        List<Race.Outcome<Placement>> outcomes = Race.run(placementsByNewBuyers(listing, 12, 1));

        assertThat(outcomes).filteredOn(Race.Outcome::succeeded).as(Race.describe(outcomes)).hasSize(3)
                .allSatisfy(placed -> assertThat(placed.value().created()).isTrue());
        assertThat(refusals(outcomes)).hasSize(9).containsOnly(RefusalCode.CAPACITY_EXHAUSTED);
        assertThat(queue.queuedBoards(listing.team().id())).isEqualTo(3);
        assertThat(teamsOwnCount(listing)).as("the queue kept on the team's row").isEqualTo(3);
    }

    @Test
    void concurrentOrdersOfSeveralBoardsNeverBookMoreThanTheSlotsLeft() throws Exception {
        Fixtures.Listing listing = listingWithSlots(5);

        List<Race.Outcome<Placement>> outcomes = Race.run(placementsByNewBuyers(listing, 6, 2));

        assertThat(outcomes).filteredOn(Race.Outcome::succeeded).as(Race.describe(outcomes)).hasSize(2);
        assertThat(refusals(outcomes)).hasSize(4).containsOnly(RefusalCode.CAPACITY_EXHAUSTED);
        assertThat(queue.queuedBoards(listing.team().id())).isEqualTo(4);
        assertThat(teamsOwnCount(listing)).as("the queue kept on the team's row").isEqualTo(4);
    }

    /**
     * The second placement waits for the team's lock while the first booking is not committed,
     * then counts that booking (READ COMMITTED) and finds the single slot taken. Without the lock
     * it would count an empty queue; under REPEATABLE READ it would count the queue as it was
     * before it waited.
     */
    @Test
    void aPlacementWaitsForTheBookingInProgressAndCountsIt() throws Exception {
        Fixtures.Listing listing = listingWithSlots(1);
        UUID first = fixtures.user(Role.BUYER).id();
        UUID second = fixtures.user(Role.BUYER).id();
        // Orders.place joins the held transaction: the team's row stays locked until it commits.
        try (HeldTransaction<Placement> booking = HeldTransaction.open(new TransactionTemplate(transactions),
                () -> orders.place(boards(first, key(), listing.fullKit().id(), 1)))) {
            CompletableFuture<Placement> secondPlacement = CompletableFuture.supplyAsync(
                    () -> orders.place(boards(second, key(), listing.fullKit().id(), 1)));
            LockWaits.awaitWaiting(jdbc, 1);
            assertThat(secondPlacement).isNotDone();

            assertThat(booking.commit().created()).isTrue();
            assertThat(secondPlacement).failsWithin(1, TimeUnit.MINUTES).withThrowableOfType(ExecutionException.class)
                    .havingCause().isInstanceOfSatisfying(OrderRefused.class, refused -> assertThat(refused.reasons())
                            .extracting(Refusal::code).containsExactly(RefusalCode.CAPACITY_EXHAUSTED));
        }
        assertThat(queue.queuedBoards(listing.team().id())).isEqualTo(1);
        assertThat(teamsOwnCount(listing)).as("the queue kept on the team's row").isEqualTo(1);
    }

    private int teamsOwnCount(Fixtures.Listing listing) {
        return jdbc.queryForObject("SELECT queued_boards FROM teams WHERE id = ?", Integer.class, listing.team().id().toString());
    }

    /** An approved board whose team has this many slots on sale (that many a week, booked one week ahead). */
    private Fixtures.Listing listingWithSlots(int slots) {
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        teams.changeCapacity(listing.maker().id(), listing.team().slug(), slots, 1);
        return listing;
    }

    /** One placement per new buyer, each of that many boards of the listing's full kit, under keys of their own. */
    private List<Callable<Placement>> placementsByNewBuyers(Fixtures.Listing listing, int buyers, int boards) {
        List<Callable<Placement>> placements = new ArrayList<>();
        for (int i = 0; i < buyers; i++) {
            UUID buyer = fixtures.user(Role.BUYER).id();
            placements.add(() -> orders.place(boards(buyer, key(), listing.fullKit().id(), boards)));
        }
        return placements;
    }

    private static List<RefusalCode> refusals(List<Race.Outcome<Placement>> outcomes) {
        List<RefusalCode> codes = new ArrayList<>();
        outcomes.stream().filter(outcome -> !outcome.succeeded()).forEach(outcome -> {
            assertThat(outcome.failure()).isInstanceOf(OrderRefused.class);
            ((OrderRefused) outcome.failure()).reasons().forEach(reason -> codes.add(reason.code()));
        });
        return codes;
    }
}
