package org.openspacemakers.marketplace.order.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openspacemakers.marketplace.support.OrderBodies.orderBody;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.openspacemakers.marketplace.account.Role;
import org.openspacemakers.marketplace.fixtures.Credentials;
import org.openspacemakers.marketplace.fixtures.Fixtures;
import org.openspacemakers.marketplace.support.Api;
import org.openspacemakers.marketplace.support.MarketplaceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The same Idempotency-Key never makes two orders, even when the requests race. */
@MarketplaceTest
class IdempotencyTest {

    @Autowired
    Api api;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void twentyConcurrentRequestsWithOneKeyMakeExactlyOneOrder() throws Exception {
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        Credentials buyer = fixtures.user(Role.BUYER);
        String key = UUID.randomUUID().toString();
        String body = orderBody(listing.fullKit().id(), 1, "FR");
        int requests = 20;
        CountDownLatch ready = new CountDownLatch(requests);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(requests);
        try {
            List<Future<Api.Answer>> answers = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                answers.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return api.placeOrder(buyer, key, body);
                }));
            }
            ready.await();
            go.countDown();
            List<String> orderIds = new ArrayList<>();
            int created = 0;
            for (Future<Api.Answer> future : answers) {
                Api.Answer answer = future.get();
                assertThat(answer.status()).isIn(200, 201);
                created += answer.status() == 201 ? 1 : 0;
                orderIds.add(answer.json().get("id").asString());
            }
            assertThat(created).isEqualTo(1);
            assertThat(orderIds).hasSize(requests).containsOnly(orderIds.get(0));
        } finally {
            pool.shutdownNow();
        }
        assertThat(ordersOf(buyer)).isEqualTo(1);
    }

    @Test
    void sameKeyWithAnotherBodyIsRefusedAndStoresNothing() {
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        Credentials buyer = fixtures.user(Role.BUYER);
        String key = UUID.randomUUID().toString();
        Api.Answer first = api.placeOrder(buyer, key, orderBody(listing.fullKit().id(), 1, "FR"));
        assertThat(first.status()).isEqualTo(201);

        Api.Answer replay = api.placeOrder(buyer, key, orderBody(listing.fullKit().id(), 1, "FR"));
        assertThat(replay.status()).isEqualTo(200);
        assertThat(replay.json().get("id").asString()).isEqualTo(first.json().get("id").asString());

        Api.Answer other = api.placeOrder(buyer, key, orderBody(listing.fullKit().id(), 3, "FR"));
        assertThat(other.status()).isEqualTo(409);
        assertThat(other.codes("reasons")).containsExactly("IDEMPOTENCY_KEY_REUSED");
        assertThat(ordersOf(buyer)).isEqualTo(1);
    }

    @Test
    void keysBelongToTheirBuyer() {
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        Credentials alice = fixtures.user(Role.BUYER);
        Credentials bob = fixtures.user(Role.BUYER);
        String key = UUID.randomUUID().toString();
        String body = orderBody(listing.fullKit().id(), 1, "FR");

        Api.Answer alices = api.placeOrder(alice, key, body);
        Api.Answer bobs = api.placeOrder(bob, key, body);
        assertThat(alices.status()).isEqualTo(201);
        assertThat(bobs.status()).isEqualTo(201);
        assertThat(bobs.json().get("id").asString()).isNotEqualTo(alices.json().get("id").asString());
        assertThat(ordersOf(alice)).isEqualTo(1);
        assertThat(ordersOf(bob)).isEqualTo(1);
    }

    private int ordersOf(Credentials buyer) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM orders WHERE buyer_id = ?", Integer.class, buyer.id().toString());
    }
}
