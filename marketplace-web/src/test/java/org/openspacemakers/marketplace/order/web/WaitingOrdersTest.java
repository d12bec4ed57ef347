package org.openspacemakers.marketplace.order.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openspacemakers.marketplace.support.OrderBodies.orderBody;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.openspacemakers.marketplace.account.Role;
import org.openspacemakers.marketplace.catalog.Team;
import org.openspacemakers.marketplace.catalog.Teams;
import org.openspacemakers.marketplace.coretest.HeldTransaction;
import org.openspacemakers.marketplace.coretest.LockWaits;
import org.openspacemakers.marketplace.fixtures.Credentials;
import org.openspacemakers.marketplace.fixtures.Fixtures;
import org.openspacemakers.marketplace.order.AssemblyQueue;
import org.openspacemakers.marketplace.support.Api;
import org.openspacemakers.marketplace.support.CheckoutForms;
import org.openspacemakers.marketplace.support.MarketplaceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Orders waiting for a team whose lock another transaction holds, over HTTP: the storefront still
 * answers anonymous visitors while more orders than the pool has connections wait, and each waiting
 * order is answered in time with 503, {@code Retry-After} and a problem in the reader's language
 * (the order page with the form again), nothing stored. The bounds themselves are core's
 * {@code WaitingPlacementsTest}.
 */
@MarketplaceTest
class WaitingOrdersTest {

    @Autowired
    Api api;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Teams teams;
    @Autowired
    AssemblyQueue queue;
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

    @Test
    void whileOrdersWaitForALockedTeamTheStorefrontAnswersAndEachOrderIsAskedToComeBackLater() throws Exception {
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        String body = orderBody(listing.fullKit().id(), 1, "FR");
        int poolSize = dataSource.unwrap(HikariDataSource.class).getMaximumPoolSize();
        List<Credentials> buyers = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        List<Callable<Api.Answer>> requests = new ArrayList<>();
        for (int i = 0; i < poolSize + 1; i++) {
            Credentials buyer = fixtures.user(Role.BUYER);
            String key = UUID.randomUUID().toString();
            buyers.add(buyer);
            keys.add(key);
            requests.add(() -> api.post("/api/v1/orders", buyer, body, Map.of("Idempotency-Key", key, "Accept-Language", "fr-FR")));
        }
        Api.Session session = api.signIn(fixtures.user(Role.BUYER));
        Map<String, String> form = CheckoutForms.oneOffer(listing.fullKit().id(), 1, 2_500);
        requests.add(() -> api.submit(session, "/checkout?lang=en", form));

        ExecutorService threads = Executors.newFixedThreadPool(requests.size());
        try (HeldTransaction<Team> slowBooking = HeldTransaction.open(new TransactionTemplate(transactions),
                () -> teams.lockCapacity(listing.team().id()))) {
            List<Future<Api.Answer>> orders = new ArrayList<>();
            for (Callable<Api.Answer> request : requests) {
                orders.add(threads.submit(request));
            }
            LockWaits.awaitWaiting(jdbc, placementsAtOnce);

            Api.Answer storefront = api.get("/api/v1/boards?q=" + listing.board().name().substring("Board ".length()));
            assertThat(storefront.status()).isEqualTo(200);
            assertThat(storefront.body()).contains(listing.board().slug());
            assertThat(orders).as("orders answered before the storefront was").noneMatch(Future::isDone);

            List<Api.Answer> answers = new ArrayList<>();
            for (Future<Api.Answer> order : orders) {
                answers.add(order.get(1, TimeUnit.MINUTES));
            }
            // Answered while the team is still locked: each gave up waiting (how soon is core's to check).
            assertThat(slowBooking.isDone()).as("the slow booking still holds the team's lock").isFalse();
            assertThat(answers).allSatisfy(answer -> {
                assertThat(answer.status()).isEqualTo(503);
                assertThat(answer.header("Retry-After")).isEqualTo(String.valueOf(bound.toSeconds()));
            });
            Api.Answer apiAnswer = answers.get(0);
            assertThat(apiAnswer.header("Content-Type")).startsWith("application/problem+json");
            assertThat(apiAnswer.json().get("type").asString()).isEqualTo("/problems/placement-busy");
            assertThat(apiAnswer.json().get("status").asInt()).isEqualTo(503);
            assertThat(apiAnswer.json().get("detail").asString()).contains("rien n'a été enregistré");
            Api.Answer page = answers.get(answers.size() - 1);
            assertThat(page.body()).contains("Too many orders are being placed right now: nothing was stored.")
                    .contains(form.get("idempotencyKey"));
            assertThat(queue.queuedBoards(listing.team().id())).isZero();
            slowBooking.commit();
        } finally {
            threads.shutdownNow();
        }

        // The team free again, the same request under the same key places the order.
        assertThat(api.placeOrder(buyers.get(0), keys.get(0), body).status()).isEqualTo(201);
        assertThat(queue.queuedBoards(listing.team().id())).isEqualTo(1);
    }
}
