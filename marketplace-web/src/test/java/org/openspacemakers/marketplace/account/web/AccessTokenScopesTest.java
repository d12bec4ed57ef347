package org.openspacemakers.marketplace.account.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openspacemakers.marketplace.account.AccessTokens;
import org.openspacemakers.marketplace.account.Role;
import org.openspacemakers.marketplace.account.TokenScope;
import org.openspacemakers.marketplace.fixtures.Credentials;
import org.openspacemakers.marketplace.fixtures.Fixtures;
import org.openspacemakers.marketplace.support.Api;
import org.openspacemakers.marketplace.support.MarketplaceTest;
import org.openspacemakers.marketplace.support.OrderBodies;
import org.openspacemakers.marketplace.support.TravellingClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Personal access tokens work for a time and within a scope: a read-only token reads, a listing
 * token publishes its owner's boards and nothing else, and every token stops at its expiry.
 */
@MarketplaceTest
class AccessTokenScopesTest {

    private static final String PRICE = "{\"price\":{\"amountMinor\":2600,\"currency\":\"EUR\"},\"vatCategory\":\"STANDARD\","
            + "\"breakdown\":{\"partsMinor\":1100,\"pcbMinor\":300,\"labourMinor\":800,\"associationMinor\":200,\"teamMinor\":200}}";

    @Autowired
    Api api;
    @Autowired
    Fixtures fixtures;
    @Autowired
    AccessTokens tokens;
    @Autowired
    TravellingClock clock;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void backToNow() {
        clock.backToNow();
    }

    @Test
    void aReadOnlyTokenReadsAndChangesNothing() {
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        Credentials buyer = fixtures.user(Role.BUYER);
        Map<String, String> read = bearer(tokens.create(buyer.id(), "dashboard", TokenScope.READ, 30));
        String placed = api.placeOrder(buyer, UUID.randomUUID().toString(),
                OrderBodies.orderBody(listing.fullKit().id(), 1, "FR")).json().get("id").asString();

        assertThat(api.get("/api/v1/orders/" + placed, read).status()).isEqualTo(200);
        Api.Answer refused = api.post("/api/v1/orders", null, OrderBodies.orderBody(listing.fullKit().id(), 1, "FR"),
                with(read, "Idempotency-Key", UUID.randomUUID().toString()));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).contains("scope (READ)");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM orders WHERE buyer_id = ?", Integer.class, buyer.id().toString()))
                .as("the order placed with a password, not a second").isEqualTo(1);
    }

    @Test
    void aListingTokenPublishesItsOwnersBoardsAndPlacesNoOrder() {
        Fixtures.Listing listing = fixtures.submittedListing();
        Map<String, String> ci = bearer(tokens.create(listing.maker().id(), "hardware CI", TokenScope.LISTINGS, 90));

        assertThat(api.put("/api/v1/revisions/" + listing.revision().id() + "/offers/FULL_KIT", null, PRICE, ci).status())
                .isEqualTo(200);
        assertThat(api.post("/api/v1/orders", null, OrderBodies.orderBody(listing.fullKit().id(), 1, "FR"),
                with(ci, "Idempotency-Key", UUID.randomUUID().toString())).status()).isEqualTo(403);
        assertThat(api.post("/api/v1/revisions/" + listing.revision().id() + "/review/start", null, "{}", ci).status())
                .as("reviewing is not publishing").isEqualTo(403);
    }

    @Test
    void aTokenStopsAtItsExpiry() {
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        Credentials buyer = fixtures.user(Role.BUYER);
        Map<String, String> weekly = bearer(tokens.create(buyer.id(), "weekly report", TokenScope.READ, 7));
        String order = "/api/v1/orders/" + api.placeOrder(buyer, UUID.randomUUID().toString(),
                OrderBodies.orderBody(listing.fullKit().id(), 1, "FR")).json().get("id").asString();
        assertThat(api.get(order, weekly).status()).isEqualTo(200);

        clock.travel(Duration.ofDays(7).plusMinutes(1));

        Api.Answer expired = api.get(order, weekly);
        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.body()).contains("expired");
    }

    @Test
    void theProfileMakesATokenOfAScopeAndATimeAndRefusesAnImpossibleOne() {
        Api.Session session = api.signIn(fixtures.user(Role.BUYER));

        Api.Answer made = api.submit(session, "/account/tokens?lang=en", Map.of("name", "stats", "scope", "READ", "days", "7"));
        assertThat(page(made, session)).contains("id=\"new-token\"").contains("Read only").contains("works until");

        Api.Answer refused = api.submit(session, "/account/tokens?lang=en",
                Map.of("name", "forever", "scope", "FULL", "days", "3650"));
        assertThat(page(refused, session)).contains("id=\"problems\"").contains("a token works 1 to 365 days")
                .doesNotContain("<strong>forever</strong>");
    }

    private String page(Api.Answer redirect, Api.Session session) {
        assertThat(redirect.status()).isEqualTo(302);
        return api.get(redirect.header("Location").replace(api.baseUrl(), ""), session.headers()).body();
    }

    private static Map<String, String> bearer(AccessTokens.Created token) {
        return Map.of("Authorization", "Bearer " + token.value());
    }

    private static Map<String, String> with(Map<String, String> headers, String name, String value) {
        Map<String, String> all = new HashMap<>(headers);
        all.put(name, value);
        return all;
    }
}
