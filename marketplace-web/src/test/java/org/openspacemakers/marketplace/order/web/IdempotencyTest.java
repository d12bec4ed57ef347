package org.openspacemakers.marketplace.order.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openspacemakers.marketplace.support.OrderBodies.orderBody;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openspacemakers.marketplace.account.Role;
import org.openspacemakers.marketplace.fixtures.Credentials;
import org.openspacemakers.marketplace.fixtures.Fixtures;
import org.openspacemakers.marketplace.support.Api;
import org.openspacemakers.marketplace.support.MarketplaceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The order API's contract for the Idempotency-Key: 201 for a new order, 200 with the same order
 * for a replay, 409 for the same key with another body, each with its headers. That racing
 * requests make one order is core's {@code IdempotencyKeyTest}.
 */
@MarketplaceTest
class IdempotencyTest {

    @Autowired
    Api api;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aReplayGivesBackTheSameOrderAndAnotherBodyUnderTheKeyIsAConflict() {
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        Credentials buyer = fixtures.user(Role.BUYER);
        String key = UUID.randomUUID().toString();

        Api.Answer first = api.placeOrder(buyer, key, orderBody(listing.fullKit().id(), 1, "FR"));
        assertThat(first.status()).isEqualTo(201);
        String id = first.json().get("id").asString();
        assertThat(first.header("Location")).isEqualTo("/api/v1/orders/" + id);
        assertThat(first.header("Idempotency-Key")).isEqualTo(key);

        Api.Answer replay = api.placeOrder(buyer, key, orderBody(listing.fullKit().id(), 1, "FR"));
        assertThat(replay.status()).isEqualTo(200);
        assertThat(replay.json().get("id").asString()).isEqualTo(id);
        assertThat(replay.header("Location")).isEqualTo("/api/v1/orders/" + id);
        assertThat(replay.header("Idempotency-Key")).isEqualTo(key);

        Api.Answer other = api.placeOrder(buyer, key, orderBody(listing.fullKit().id(), 3, "FR"));
        assertThat(other.status()).isEqualTo(409);
        assertThat(other.header("Content-Type")).startsWith("application/problem+json");
        assertThat(other.json().get("type").asString()).isEqualTo("/problems/idempotency-key-reused");
        assertThat(other.codes("reasons")).containsExactly("IDEMPOTENCY_KEY_REUSED");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM orders WHERE buyer_id = ?", Integer.class, buyer.id().toString()))
                .isEqualTo(1);
    }
}
