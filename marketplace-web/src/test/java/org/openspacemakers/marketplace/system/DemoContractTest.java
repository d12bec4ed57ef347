package org.openspacemakers.marketplace.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openspacemakers.marketplace.fixtures.Credentials;
import org.openspacemakers.marketplace.support.Api;
import org.openspacemakers.marketplace.support.DemoStore;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The demo's scenarios that change it, walked as the release checks walk them: the one of
 * API-CONTRACT.md (a reviewer approves the Padauk programmer for France, then a buyer orders it)
 * and the Jawbreaker's review (refused until its radio is confirmed, then approved, and still not
 * sold to France for its English-only warnings). They run against a store of their own, started
 * with the demo on a fresh schema, so that the shared store's demo stays as loaded for the tests
 * reading it.
 */
class DemoContractTest {

    @TempDir
    static Path files;

    static DemoStore store;
    static Api api;

    @BeforeAll
    static void startAStoreWithTheDemo() {
        store = DemoStore.start(files);
        api = store.api();
    }

    @AfterAll
    static void stopTheStore() {
        store.close();
    }

    private static Credentials demoUser(String name) {
        return new Credentials(null, name + "@demo.test", DemoData.PASSWORD);
    }

    @Test
    void demoLoadsOnceAndPlaysTheContractsScenario() {
        assertThat(store.bean(DemoData.class).loadOnce()).isFalse();
        assertThat(store.bean(JdbcTemplate.class).queryForObject("SELECT COUNT(*) FROM users WHERE email LIKE '%@demo.test'", Integer.class))
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

    @Test
    void theJawbreakersApprovalWaitsForItsRadioToBeConfirmedAndItsWarningsKeepItFromFrance() {
        JsonNode revision = api.get("/api/v1/boards/hackrf-jawbreaker?country=FR").json().get("revisions").get(0);
        assertThat(revision.get("reviewStatus").asString()).isEqualTo("SUBMITTED");
        Credentials reviewer = demoUser("reviewer");
        String review = "/api/v1/revisions/" + revision.get("id").asString() + "/review";

        assertThat(api.post(review + "/start", reviewer, null).status()).isEqualTo(200);
        Api.Answer refused = api.post(review + "/approve", reviewer, """
                {"countries":["FR"],"buyerTypes":["CONSUMER","PROFESSIONAL"],"reason":"looks fine",
                 "checklist":["CE_SCOPE","EMC_CLASS","STANDARDS","DECLARATION_OF_CONFORMITY","TECHNICAL_FILE",
                              "ROHS_PARTS","ROHS_PROCESS","WEEE","GPSR","WARNINGS"]}""");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.codes("reasons")).containsExactly("CHECKLIST_INCOMPLETE");
        assertThat(refused.json().get("reasons").get(0).get("subject").asString()).isEqualTo("RADIO");
        assertThat(api.get("/api/v1/boards/hackrf-jawbreaker?country=FR").json().get("revisions").get(0)
                .get("reviewStatus").asString()).isEqualTo("IN_REVIEW");

        assertThat(api.post(review + "/approve", reviewer,
                "{\"countries\":[\"FR\"],\"buyerTypes\":[\"CONSUMER\",\"PROFESSIONAL\"],\"reason\":\"RED assessment seen\"}")
                .status()).isEqualTo(200);
        assertThat(api.placeOrder(demoUser("buyer"), key(), order(offerOf(revision, "FULL_KIT"), "FR")).codes("reasons"))
                .as("warnings in English only").containsExactly("WARNINGS_NOT_IN_LANGUAGE");
    }

    private static String offerOf(JsonNode revision, String kind) {
        return revision.get("offers").valueStream().filter(o -> o.get("kind").asString().equals(kind))
                .findFirst().orElseThrow().get("id").asString();
    }

    private static String order(String offerId, String country) {
        return org.openspacemakers.marketplace.support.OrderBodies.orderBody(UUID.fromString(offerId), 1, country);
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }
}
