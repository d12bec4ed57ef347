package org.openspacemakers.marketplace.account.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openspacemakers.marketplace.account.AccessTokens;
import org.openspacemakers.marketplace.account.Role;
import org.openspacemakers.marketplace.fixtures.Credentials;
import org.openspacemakers.marketplace.fixtures.Fixtures;
import org.openspacemakers.marketplace.support.Api;
import org.openspacemakers.marketplace.support.MarketplaceTest;
import org.openspacemakers.marketplace.support.OrderBodies;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An administrator disables an account: its page session ends on its next request, its password
 * and its tokens sign in nowhere, its orders stay; enabled again, its password works again.
 */
@MarketplaceTest
class AccountDisablingTest {

    @Autowired
    Api api;
    @Autowired
    Fixtures fixtures;
    @Autowired
    AccessTokens tokens;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aDisabledAccountsSessionsAndTokensEndAtOnceAndItsOrdersStay() {
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        Credentials buyer = fixtures.user(Role.BUYER);
        Credentials admin = fixtures.user(Role.ADMIN);
        String order = "/api/v1/orders/" + api.placeOrder(buyer, UUID.randomUUID().toString(),
                OrderBodies.orderBody(listing.fullKit().id(), 1, "FR")).json().get("id").asString();
        Api.Session session = api.signIn(buyer);
        Map<String, String> token = Map.of("Authorization", "Bearer " + tokens.create(buyer.id(), "script").value());
        assertThat(api.get("/account", session.headers()).status()).isEqualTo(200);

        Api.Answer disabled = api.post("/api/v1/users/" + buyer.id() + "/disable", admin, "");

        assertThat(disabled.status()).isEqualTo(200);
        assertThat(disabled.json().get("disabled").asBoolean()).isTrue();
        assertThat(api.get("/account", session.headers()).status()).as("the page session ended").isEqualTo(302);
        assertThat(api.get(order, Map.of("Authorization", basic(buyer))).status()).isEqualTo(401);
        assertThat(api.get(order, token).status()).isEqualTo(401);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM orders WHERE buyer_id = ?", Integer.class, buyer.id().toString()))
                .as("its orders stay").isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM access_tokens WHERE user_id = ? AND revoked_at IS NULL",
                Integer.class, buyer.id().toString())).isZero();

        assertThat(api.post("/api/v1/users/" + buyer.id() + "/enable", admin, "").status()).isEqualTo(200);
        assertThat(api.get(order, Map.of("Authorization", basic(buyer))).status()).isEqualTo(200);
        assertThat(api.get(order, token).status()).as("its tokens stay revoked").isEqualTo(401);
    }

    @Test
    void anAdministratorDoesNotDisableTheirOwnAccount() {
        Credentials admin = fixtures.user(Role.ADMIN);

        assertThat(api.post("/api/v1/users/" + admin.id() + "/disable", admin, "").codes("errors")).containsExactly("account");
        assertThat(api.get("/api/v1/users?q=" + admin.email(), admin).json().get(0).get("disabled").asBoolean()).isFalse();
    }

    private static String basic(Credentials who) {
        return "Basic " + Base64.getEncoder().encodeToString((who.email() + ":" + who.password()).getBytes(StandardCharsets.UTF_8));
    }
}
