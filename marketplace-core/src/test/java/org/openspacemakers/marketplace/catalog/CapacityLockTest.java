package org.openspacemakers.marketplace.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.openspacemakers.marketplace.account.Role;
import org.openspacemakers.marketplace.coretest.CoreTest;
import org.openspacemakers.marketplace.coretest.LockWaits;
import org.openspacemakers.marketplace.fixtures.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link Teams#lockCapacity} holds a team's row until the calling transaction ends, in the
 * database, so bookings of one team are taken one after another on any number of nodes.
 */
@CoreTest
class CapacityLockTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    Teams teams;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aSecondTransactionWaitsForTheLockUntilTheFirstEnds() throws Exception {
        Team team = fixtures.team(fixtures.user(Role.MAKER));
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        List<String> events = new CopyOnWriteArrayList<>();
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch end = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<?> first = threads.submit(() -> transaction.executeWithoutResult(status -> {
                teams.lockCapacity(team.id());
                locked.countDown();
                await(end);
                events.add("first ends");
            }));
            assertThat(locked.await(1, TimeUnit.MINUTES)).isTrue();

            Future<?> second = threads.submit(() -> transaction.executeWithoutResult(status -> {
                teams.lockCapacity(team.id());
                events.add("second locks");
            }));
            LockWaits.awaitWaiting(jdbc, 1);
            assertThat(second).isNotDone();
            assertThat(events).isEmpty();

            end.countDown();
            first.get(1, TimeUnit.MINUTES);
            second.get(1, TimeUnit.MINUTES);
        } finally {
            end.countDown();
            threads.shutdownNow();
        }
        assertThat(events).containsExactly("first ends", "second locks");
    }

    @Test
    void theLockOfOneTeamLeavesTheOthersFree() throws Exception {
        Team held = fixtures.team(fixtures.user(Role.MAKER));
        Team other = fixtures.team(fixtures.user(Role.MAKER));
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch end = new CountDownLatch(1);
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try {
            Future<?> holder = thread.submit(() -> transaction.executeWithoutResult(status -> {
                teams.lockCapacity(held.id());
                locked.countDown();
                await(end);
            }));
            assertThat(locked.await(1, TimeUnit.MINUTES)).isTrue();

            // Were the whole table locked, this would wait until the server's lock wait timeout and fail.
            Team locking = transaction.execute(status -> teams.lockCapacity(other.id()));
            assertThat(locking.id()).isEqualTo(other.id());
            assertThat(holder).isNotDone();

            end.countDown();
            holder.get(1, TimeUnit.MINUTES);
        } finally {
            end.countDown();
            thread.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(1, TimeUnit.MINUTES)) {
                throw new IllegalStateException("never told to end");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
