package org.openspacemakers.marketplace.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.openspacemakers.marketplace.account.Role;
import org.openspacemakers.marketplace.coretest.CoreTest;
import org.openspacemakers.marketplace.coretest.HeldTransaction;
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
        try (HeldTransaction<Team> first = HeldTransaction.open(transaction, () -> teams.lockCapacity(team.id()))) {
            CompletableFuture<Team> second = CompletableFuture.supplyAsync(
                    () -> transaction.execute(status -> teams.lockCapacity(team.id())));
            LockWaits.awaitWaiting(jdbc, 1);
            assertThat(second).isNotDone();

            first.commit();
            assertThat(second.get(1, TimeUnit.MINUTES).id()).isEqualTo(team.id());
        }
    }

    @Test
    void theLockOfOneTeamLeavesTheOthersFree() throws Exception {
        Team held = fixtures.team(fixtures.user(Role.MAKER));
        Team other = fixtures.team(fixtures.user(Role.MAKER));
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        try (HeldTransaction<Team> holder = HeldTransaction.open(transaction, () -> teams.lockCapacity(held.id()))) {
            // Were the whole table locked, this would wait until the server's lock wait timeout and fail.
            Team locking = transaction.execute(status -> teams.lockCapacity(other.id()));
            assertThat(locking.id()).isEqualTo(other.id());
            assertThat(holder.isDone()).isFalse();
            holder.commit();
        }
    }
}
