package org.openspacemakers.marketplace.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openspacemakers.marketplace.order.OrderRequests.boards;
import static org.openspacemakers.marketplace.order.OrderRequests.key;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.openspacemakers.marketplace.account.Role;
import org.openspacemakers.marketplace.catalog.BoardQueries;
import org.openspacemakers.marketplace.catalog.BoardSummary;
import org.openspacemakers.marketplace.catalog.ListingQuery;
import org.openspacemakers.marketplace.catalog.Team;
import org.openspacemakers.marketplace.catalog.Teams;
import org.openspacemakers.marketplace.compliance.ReviewStatus;
import org.openspacemakers.marketplace.compliance.Reviews;
import org.openspacemakers.marketplace.compliance.RevisionRef;
import org.openspacemakers.marketplace.coretest.CoreTest;
import org.openspacemakers.marketplace.coretest.HeldTransaction;
import org.openspacemakers.marketplace.coretest.LockWaits;
import org.openspacemakers.marketplace.fixtures.Credentials;
import org.openspacemakers.marketplace.fixtures.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A placement waiting for its team's lock holds a database connection, so those waits are bounded
 * in number and in time: however many placements wait, the storefront and the reviewers still get
 * a connection, and every waiting placement gives up within the bound, having stored nothing.
 */
@CoreTest
class WaitingPlacementsTest {

    /** What a loaded machine may add to the bound before a placement's answer reaches the test. */
    private static final Duration SLACK = Duration.ofSeconds(10);

    @Autowired
    Fixtures fixtures;
    @Autowired
    Teams teams;
    @Autowired
    Orders orders;
    @Autowired
    AssemblyQueue queue;
    @Autowired
    BoardQueries catalog;
    @Autowired
    Reviews reviews;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @Value("${marketplace.orders.placement.lock-wait}")
    Duration bound;
    @Value("${marketplace.orders.placement.connections}")
    int placementsAtOnce;

    /** What one placement gave, and how long it took to give it. */
    record Attempt(Placement placed, Throwable failure, Duration took) {
    }

    /**
     * More placements than the pool has connections wait for a team whose lock another transaction
     * holds (a slow booking). Without the bounds they would take every connection, then wait for
     * the server's own lock timeout (50 s by default) and try again.
     */
    @Test
    void placementsWaitingForAHeldTeamLeaveTheStoreItsConnectionsAndGiveUpWithinTheBound() throws Exception {
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        Fixtures.Listing toRevoke = fixtures.approvedListing("FR");
        Credentials reviewer = fixtures.user(Role.REVIEWER);
        int poolSize = dataSource.unwrap(HikariDataSource.class).getMaximumPoolSize();
        List<PlaceOrder> requests = new ArrayList<>();
        for (int i = 0; i < poolSize + 2; i++) {
            requests.add(boards(fixtures.user(Role.BUYER).id(), key(), listing.fullKit().id(), 1));
        }
        ExecutorService threads = Executors.newFixedThreadPool(requests.size());
        try (HeldTransaction<Team> slowBooking = HeldTransaction.open(new TransactionTemplate(transactions),
                () -> teams.lockCapacity(listing.team().id()))) {
            List<Future<Attempt>> placements = requests.stream()
                    .map(request -> threads.submit(() -> attempt(request))).toList();
            // As many wait for the lock as may at once; the others wait for their turn, without a connection.
            LockWaits.awaitWaiting(jdbc, placementsAtOnce);

            // Meanwhile the storefront answers and a reviewer's decision goes through, before any placement gave up.
            assertThat(catalog.list(ListingQuery.all(Optional.of(ownWord(listing)), Optional.empty(), 10)).items())
                    .extracting(BoardSummary::slug).containsExactly(listing.board().slug());
            assertThat(reviews.revoke(RevisionRef.of(toRevoke.revision().id()), reviewer.id(),
                    "The declaration of conformity names another board.").status()).isEqualTo(ReviewStatus.REVOKED);
            assertThat(placements).as("placements that ended before the reads did").noneMatch(Future::isDone);

            List<Attempt> attempts = new ArrayList<>();
            for (Future<Attempt> placement : placements) {
                attempts.add(placement.get(1, TimeUnit.MINUTES));
            }
            assertThat(slowBooking.isDone()).as("the slow booking still holds the team's lock").isFalse();
            // Each waited at most the bound for its turn, then at most the bound for the lock.
            assertThat(attempts).allSatisfy(attempt -> {
                assertThat(attempt.failure()).isInstanceOf(PlacementBusy.class);
                assertThat(((PlacementBusy) attempt.failure()).retryAfter()).isEqualTo(bound);
                assertThat(attempt.took()).isLessThan(bound.multipliedBy(2).plus(SLACK));
            });
            assertThat(queue.queuedBoards(listing.team().id())).isZero();
            slowBooking.commit();
        } finally {
            threads.shutdownNow();
        }

        // Once the lock is free, the same request (same buyer, same key) places the order.
        Placement placed = orders.place(requests.get(0));
        assertThat(placed.created()).isTrue();
        assertThat(queue.queuedBoards(listing.team().id())).isEqualTo(1);
        assertThat(requests.subList(1, requests.size()))
                .allSatisfy(request -> assertThat(orders.placedBy(request.buyer())).isEmpty());
    }

    private Attempt attempt(PlaceOrder request) {
        long start = System.nanoTime();
        try {
            Placement placed = orders.place(request);
            return new Attempt(placed, null, Duration.ofNanos(System.nanoTime() - start));
        } catch (RuntimeException e) {
            return new Attempt(null, e, Duration.ofNanos(System.nanoTime() - start));
        }
    }

    /** The word only this board's name has, to find it among every test's boards. */
    private static String ownWord(Fixtures.Listing listing) {
        return listing.board().name().substring("Board ".length());
    }
}
