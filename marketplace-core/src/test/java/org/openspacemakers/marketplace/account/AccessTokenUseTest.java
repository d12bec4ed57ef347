package org.openspacemakers.marketplace.account;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.openspacemakers.marketplace.coretest.CoreTest;
import org.openspacemakers.marketplace.coretest.HeldTransaction;
import org.openspacemakers.marketplace.coretest.LockWaits;
import org.openspacemakers.marketplace.fixtures.Credentials;
import org.openspacemakers.marketplace.fixtures.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** One token used by requests at the same time: each is let in, none fails on the note of its use. */
@CoreTest
class AccessTokenUseTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    AccessTokens tokens;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    EntityManager entityManager;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aTokenUsedWhileAnotherRequestNotesItsUseStillSignsIn() throws Exception {
        Credentials owner = fixtures.user(Role.BUYER);
        String value = tokens.create(owner.id(), "parallel").value();
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        try (HeldTransaction<Optional<User>> first = HeldTransaction.open(transaction, () -> {
            Optional<User> user = tokens.authenticate(value).map(AccessTokens.Bearer::owner);
            entityManager.flush();
            return user;
        })) {
            CompletableFuture<Optional<User>> second = CompletableFuture.supplyAsync(
                    () -> tokens.authenticate(value).map(AccessTokens.Bearer::owner));
            LockWaits.awaitRunning(jdbc, 1, "update access_tokens");

            assertThat(first.commit()).map(User::id).contains(owner.id());
            assertThat(second.get(1, TimeUnit.MINUTES)).map(User::id).contains(owner.id());
        }
    }
}
