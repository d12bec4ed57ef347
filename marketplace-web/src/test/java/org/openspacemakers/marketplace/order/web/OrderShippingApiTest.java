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
import tools.jackson.databind.JsonNode;

/**
 * The order API's additions for checkout, on the demo's rates (France 6.90 / 9.90 EUR, the rest of
 * the EU 12.90 / 17.90 EUR): {@code shippingMethod} left out ships the cheapest way, given it is
 * priced by the destination's zone, and the total includes it; an unknown method is a 400 naming
 * it; {@code termsAccepted} and {@code assemblyServiceConsent} are optional and kept when given.
 */
@MarketplaceTest
class OrderShippingApiTest {

    @Autowired
    Api api;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void withoutAMethodTheCheapestShipsAndTheTotalIncludesIt() {
        Fixtures.Listing listing = fixtures.approvedListing("FR", "DE");
        Credentials buyer = fixtures.user(Role.BUYER);

        JsonNode toFrance = placed(buyer, orderBody(listing.fullKit().id(), 2, "FR"));
        JsonNode toGermany = placed(buyer, orderBody(listing.fullKit().id(), 1, "DE"));

        assertThat(toFrance.get("shippingMethod").asString()).isEqualTo("STANDARD");
        assertThat(toFrance.get("shipping").get("amountMinor").asLong()).isEqualTo(690);
        assertThat(toFrance.get("total").get("amountMinor").asLong()).isEqualTo(2 * 2_500 + 690);
        assertThat(toFrance.get("termsAcceptedAt").isNull()).as("an older client says nothing of the terms").isTrue();
        assertThat(toGermany.get("shipping").get("amountMinor").asLong()).as("the EU zone's price").isEqualTo(1_290);
        assertThat(toGermany.get("total").get("amountMinor").asLong()).isEqualTo(2_500 + 1_290);
    }

    @Test
    void aChosenMethodIsChargedAndTheAcceptancesAreKept() {
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        Credentials buyer = fixtures.user(Role.BUYER);
        String body = orderBody(listing.fullKit().id(), 1, "FR")
                .replace("\"buyerType\"", "\"shippingMethod\":\"TRACKED\",\"termsAccepted\":true,\"buyerType\"");

        JsonNode order = placed(buyer, body);

        assertThat(order.get("shippingMethod").asString()).isEqualTo("TRACKED");
        assertThat(order.get("shipping").get("amountMinor").asLong()).isEqualTo(990);
        assertThat(order.get("total").get("amountMinor").asLong()).isEqualTo(2_500 + 990);
        assertThat(order.get("termsAcceptedAt").asString()).isEqualTo(order.get("placedAt").asString());
        assertThat(order.get("assemblyServiceConsentAt").isNull()).as("given without an assembly-only line").isTrue();
    }

    @Test
    void anUnknownMethodIsABadRequestNamingItAndStoresNothing() {
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        Credentials buyer = fixtures.user(Role.BUYER);
        String body = orderBody(listing.fullKit().id(), 1, "FR").replace("\"buyerType\"", "\"shippingMethod\":\"DRONE\",\"buyerType\"");

        Api.Answer refused = api.placeOrder(buyer, UUID.randomUUID().toString(), body);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.codes("errors")).containsExactly("shippingMethod");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM orders WHERE buyer_id = ?", Integer.class, buyer.id().toString()))
                .isZero();
    }

    @Test
    void theSameKeyWithAnotherShippingMethodIsAnotherRequest() {
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        Credentials buyer = fixtures.user(Role.BUYER);
        String key = UUID.randomUUID().toString();
        String standard = orderBody(listing.fullKit().id(), 1, "FR");

        assertThat(api.placeOrder(buyer, key, standard).status()).isEqualTo(201);
        assertThat(api.placeOrder(buyer, key, standard).status()).as("the same request again").isEqualTo(200);
        Api.Answer tracked = api.placeOrder(buyer, key, standard.replace("\"buyerType\"", "\"shippingMethod\":\"TRACKED\",\"buyerType\""));
        assertThat(tracked.status()).isEqualTo(409);
        assertThat(tracked.codes("reasons")).containsExactly("IDEMPOTENCY_KEY_REUSED");
    }

    private JsonNode placed(Credentials buyer, String body) {
        Api.Answer answer = api.placeOrder(buyer, UUID.randomUUID().toString(), body);
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json();
    }
}
