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
import tools.jackson.databind.JsonNode;

/**
 * A revocation over HTTP recalls the revision: reviewers and administrators read the recall (its
 * units, blocked when not shipped, and the buyers told) as JSON and as pages; the buyers see the
 * notice on their order; nobody else reads it.
 */
@MarketplaceTest
class RecallApiTest {

    private static final String PASSED = "{\"lineNo\":0,\"firmwareVersion\":\"3.0\",\"result\":\"PASSED\"}";

    @Autowired
    Api api;
    @Autowired
    Fixtures fixtures;

    @Test
    void aRevocationsRecallListsItsUnitsAndBuyersAndEachBuyerSeesWhatToDo() {
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        Credentials delivered = fixtures.user(Role.BUYER);
        Credentials waiting = fixtures.user(Role.BUYER);
        String shippedOrder = inAssembly(delivered, listing, 1);
        String shippedSerial = api.post("/api/v1/orders/" + shippedOrder + "/units", listing.maker(), PASSED).json()
                .get("serial").asString();
        api.post("/api/v1/orders/" + shippedOrder + "/tested", listing.maker(), null);
        assertThat(api.post("/api/v1/orders/" + shippedOrder + "/shipment", listing.maker(),
                "{\"carrier\":\"DHL\",\"trackingNumber\":\"JD0001\"}").status()).isEqualTo(200);
        String heldOrder = inAssembly(waiting, listing, 1);
        String heldSerial = api.post("/api/v1/orders/" + heldOrder + "/units", listing.maker(), PASSED).json()
                .get("serial").asString();
        String recallPath = "/api/v1/revisions/" + listing.revision().id() + "/recall";
        Credentials reviewer = fixtures.user(Role.REVIEWER);
        assertThat(api.get(recallPath, reviewer).status()).as("no recall before the revocation").isEqualTo(404);

        assertThat(api.post("/api/v1/revisions/" + listing.revision().id() + "/review/revoke", reviewer,
                "{\"reason\":\"the cold junction overheats\"}").status()).isEqualTo(200);

        JsonNode recall = api.get(recallPath, reviewer).json();
        assertThat(recall.get("reason").asString()).isEqualTo("the cold junction overheats");
        assertThat(recall.get("units").valueStream().map(unit -> unit.get("serial").asString() + ":"
                + unit.get("blocked").asBoolean())).containsExactlyInAnyOrder(shippedSerial + ":false", heldSerial + ":true");
        assertThat(recall.get("buyers").valueStream().map(buyer -> buyer.get("orderId").asString() + ":"
                + buyer.get("action").asString())).containsExactlyInAnyOrder(shippedOrder + ":STOP_AND_RETURN",
                heldOrder + ":NOT_SHIPPED");
        assertThat(recall.get("buyers").valueStream()).allSatisfy(buyer -> assertThat(buyer.has("email")).isFalse());
        JsonNode asAdmin = api.get(recallPath, fixtures.user(Role.ADMIN)).json();
        assertThat(asAdmin.get("buyers").valueStream().map(buyer -> buyer.get("email").asString()))
                .containsExactlyInAnyOrder(delivered.email(), waiting.email());
        assertThat(api.get(recallPath, delivered).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/recalls", reviewer).json().valueStream().map(r -> r.get("id").asString()))
                .contains(recall.get("id").asString());

        Api.Session reviewerSession = api.signIn(reviewer);
        assertThat(api.get("/recalls?lang=en", reviewerSession.headers()).body())
                .contains("data-revision=\"" + listing.revision().id() + "\"");
        String page = api.get("/recalls/" + recall.get("id").asString() + "?lang=en", reviewerSession.headers()).body();
        assertThat(page).contains("data-serial=\"" + heldSerial + "\"").contains("blocked by a recall")
                .contains("stop using the boards and send them back");
        assertThat(api.get("/recalls?lang=en", api.signIn(delivered).headers()).status()).isEqualTo(403);

        assertThat(api.get("/orders/" + shippedOrder + "?lang=fr", api.signIn(delivered).headers()).body())
                .contains("data-action=\"STOP_AND_RETURN\"").contains("Cessez dès maintenant");
        assertThat(api.get("/orders/" + heldOrder + "?lang=en", api.signIn(waiting).headers()).body())
                .contains("data-action=\"NOT_SHIPPED\"").contains(heldSerial + " assembled for you will not be sent");
        assertThat(api.post("/api/v1/orders/" + heldOrder + "/units/" + heldSerial + "/tests", listing.maker(),
                "{\"firmwareVersion\":\"3.0\",\"result\":\"PASSED\"}").status()).isEqualTo(409);
    }

    private String inAssembly(Credentials buyer, Fixtures.Listing listing, int boards) {
        String order = api.placeOrder(buyer, UUID.randomUUID().toString(), orderBody(listing.fullKit().id(), boards, "FR"))
                .json().get("id").asString();
        api.post("/api/v1/orders/" + order + "/bank-transfer/confirm", fixtures.user(Role.ADMIN), null);
        assertThat(api.post("/api/v1/orders/" + order + "/assembly/start", listing.maker(), null).status()).isEqualTo(200);
        return order;
    }
}
