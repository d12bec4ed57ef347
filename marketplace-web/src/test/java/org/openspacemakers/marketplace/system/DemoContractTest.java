package org.openspacemakers.marketplace.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openspacemakers.marketplace.support.Api;
import org.openspacemakers.marketplace.support.Credentials;
import org.openspacemakers.marketplace.support.MarketplaceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** The demo of API-CONTRACT.md, walked as the release checks walk it. The only test that changes demo data. */
@MarketplaceTest
class DemoContractTest {

    @Autowired
    Api api;
    @Autowired
    DemoData demo;
    @Autowired
    JdbcTemplate jdbc;

    private static Credentials demoUser(String name) {
        return new Credentials(null, name + "@demo.test", DemoData.PASSWORD);
    }

    @Test
    void demoLoadsOnceAndPlaysTheContractsScenario() {
        assertThat(demo.loadOnce()).isFalse();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM users WHERE email LIKE '%@demo.test'", Integer.class))
                .isEqualTo(6);

        JsonNode thermocouple = api.get("/api/v1/boards/thermocouple-card").json();
        JsonNode approved = thermocouple.get("revisions").get(0);
        assertThat(approved.get("reviewStatus").asString()).isEqualTo("APPROVED");
        assertThat(approved.get("offers").size()).isEqualTo(2);
        String cardFullKit = offerOf(approved, "FULL_KIT");

        JsonNode padauk = api.get("/api/v1/boards/padauk-programmer").json().get("revisions").get(0);
        assertThat(padauk.get("reviewStatus").asString()).isEqualTo("SUBMITTED");
        String padaukOffer = offerOf(padauk, "FULL_KIT");
        String review = "/api/v1/revisions/" + padauk.get("id").asString() + "/review";

        Credentials buyer = demoUser("buyer");
        assertThat(api.placeOrder(buyer, key(), order(cardFullKit, "IT")).codes("reasons"))
                .contains("NOT_APPROVED_FOR_COUNTRY", "WEEE_NOT_REGISTERED");
        assertThat(api.placeOrder(buyer, key(), order(cardFullKit, "FR")).status()).isEqualTo(201);
        assertThat(api.placeOrder(buyer, key(), order(padaukOffer, "FR")).codes("reasons")).containsExactly("NOT_APPROVED");
        assertThat(api.placeOrder(buyer, key(), order(padaukOffer, "IT")).codes("reasons"))
                .containsExactlyInAnyOrder("NOT_APPROVED", "WEEE_NOT_REGISTERED");

        String approveFr = "{\"countries\":[\"FR\"],\"buyerTypes\":[\"CONSUMER\",\"PROFESSIONAL\"],\"reason\":\"complete\"}";
        assertThat(api.post(review + "/approve", demoUser("reviewer"), approveFr).codes("reasons")).containsExactly("INVALID_STATE");
        assertThat(api.post(review + "/start", demoUser("reviewer"), null).status()).isEqualTo(200);
        assertThat(api.post(review + "/approve", demoUser("reviewer2"), approveFr).status()).isEqualTo(403);
        assertThat(api.post(review + "/approve", demoUser("maker"), approveFr).status()).isEqualTo(403);
        assertThat(api.post(review + "/approve", demoUser("reviewer"), approveFr).status()).isEqualTo(200);

        assertThat(api.placeOrder(buyer, key(), order(padaukOffer, "FR")).status()).isEqualTo(201);
        assertThat(api.placeOrder(buyer, key(), order(padaukOffer, "DE")).codes("reasons"))
                .containsExactly("NOT_APPROVED_FOR_COUNTRY");
    }

    private static String offerOf(JsonNode revision, String kind) {
        return revision.get("offers").valueStream().filter(o -> o.get("kind").asString().equals(kind))
                .findFirst().orElseThrow().get("id").asString();
    }

    private static String order(String offerId, String country) {
        return org.openspacemakers.marketplace.support.Fixtures.orderBody(UUID.fromString(offerId), 1, country);
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }
}
