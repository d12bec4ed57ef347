package org.openspacemakers.marketplace.order.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openspacemakers.marketplace.support.OrderBodies.orderBody;

import java.util.List;
import java.util.Map;
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
 * An order's life over HTTP: the bank transfer confirmed by an administrator (and by no one else),
 * the buyer's cancellation, the team's moves in turn, a revocation holding the order, and the
 * pages that show and make these moves.
 */
@MarketplaceTest
class OrderLifeApiTest {

    @Autowired
    Api api;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    /** The one board's unit, which passed its functional test: an order is not tested without it. */
    private static final String PASSING_UNIT = "{\"lineNo\":0,\"firmwareVersion\":\"1.0\",\"result\":\"PASSED\"}";

    @Test
    void anAdministratorConfirmsTheTransferAndTheTeamFulfilsTheOrderStepByStep() {
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        Credentials buyer = fixtures.user(Role.BUYER);
        String id = place(listing, buyer);
        Credentials admin = fixtures.user(Role.ADMIN);

        assertThat(api.post(path(id, "bank-transfer/confirm"), buyer, "").status()).as("not an administrator").isEqualTo(403);
        assertThat(api.post(path(id, "bank-transfer/confirm"), fixtures.user(Role.BUYER), "").status())
                .as("someone else's order").isEqualTo(404);
        Api.Answer paid = api.post(path(id, "bank-transfer/confirm"), admin, "");
        assertThat(paid.status()).isEqualTo(200);
        assertThat(paid.json().get("status").asString()).isEqualTo("PAID");
        assertThat(api.post(path(id, "bank-transfer/confirm"), admin, "").codes("reasons")).containsExactly("INVALID_STATE");

        assertThat(api.post(path(id, "tested"), listing.maker(), "").codes("reasons")).as("out of turn")
                .containsExactly("INVALID_STATE");
        assertThat(api.post(path(id, "assembly/start"), listing.maker(), "").status()).isEqualTo(200);
        assertThat(api.post(path(id, "units"), listing.maker(), PASSING_UNIT).status()).isEqualTo(201);
        assertThat(api.post(path(id, "tested"), listing.maker(), "").status()).isEqualTo(200);
        Api.Answer shipped = api.post(path(id, "shipment"), listing.maker(), """
                {"carrier":"La Poste","trackingNumber":"6A0000000001"}""");
        assertThat(shipped.json().get("status").asString()).isEqualTo("SHIPPED");
        assertThat(shipped.json().get("shipment").get("trackingNumber").asString()).isEqualTo("6A0000000001");
        assertThat(api.post(path(id, "delivered"), listing.maker(), "").json().get("status").asString()).isEqualTo("DELIVERED");

        Api.Answer seen = api.get("/api/v1/orders/" + id, buyer);
        assertThat(seen.json().get("paymentReference").asString()).startsWith("OSM-");
        assertThat(seen.json().get("history").findValuesAsString("status")).containsExactly("AWAITING_PAYMENT", "PAID",
                "IN_ASSEMBLY", "TESTED", "SHIPPED", "DELIVERED");
    }

    @Test
    void aShipmentWithoutItsTrackingNumberNamesTheFieldAndChangesNothing() {
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        String id = paidAndTested(listing);

        Api.Answer refused = api.post(path(id, "shipment"), listing.maker(), """
                {"carrier":"La Poste","trackingNumber":" "}""");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").findValuesAsString("field")).containsExactly("trackingNumber");
        assertThat(status(id)).isEqualTo("TESTED");
    }

    @Test
    void theBuyerCancelsBeforeAssemblyAndTheBoardsGoBackOnSale() {
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        Credentials buyer = fixtures.user(Role.BUYER);
        String id = place(listing, buyer);
        assertThat(queued(listing)).isEqualTo(1);

        assertThat(api.post(path(id, "cancel"), fixtures.user(Role.BUYER), "{}").status()).isEqualTo(404);
        Api.Answer cancelled = api.post(path(id, "cancel"), buyer, """
                {"reason":"ordered twice"}""");

        assertThat(cancelled.json().get("status").asString()).isEqualTo("CANCELLED");
        assertThat(queued(listing)).isZero();
    }

    @Test
    void aRevocationPutsTheOrderOnHoldAndTheBuyerSeesWhy() {
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        Credentials buyer = fixtures.user(Role.BUYER);
        String id = place(listing, buyer);

        assertThat(api.post("/api/v1/revisions/" + listing.revision().id() + "/review/revoke", fixtures.user(Role.REVIEWER),
                """
                {"reason":"the thermocouple input is not isolated"}""").status()).isEqualTo(200);

        assertThat(status(id)).isEqualTo("ON_HOLD");
        Api.Session session = api.signIn(buyer);
        String page = api.get("/orders/" + id + "?lang=en", session.headers()).body();
        assertThat(page).contains("On hold").contains("The approval of this revision was revoked: it may no longer be sold.")
                .doesNotContain("APPROVAL_REVOKED<");
    }

    @Test
    void theOrderPageShowsHowToPayAndAnAdministratorConfirmsTheTransferThere() {
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        Credentials buyer = fixtures.user(Role.BUYER);
        String id = place(listing, buyer);
        String reference = api.get("/api/v1/orders/" + id, buyer).json().get("paymentReference").asString();

        String page = api.get("/orders/" + id + "?lang=en", api.signIn(buyer).headers()).body();
        assertThat(page).contains("id=\"bank-transfer\"").contains(reference).contains("id=\"cancel-form\"")
                .doesNotContain("id=\"confirm-transfer-form\"");

        Api.Session admin = api.signIn(fixtures.user(Role.ADMIN));
        assertThat(api.get("/admin/orders?status=AWAITING_PAYMENT&lang=en", admin.headers()).body()).contains(reference);
        Api.Answer confirmed = api.submit(admin, "/orders/" + id + "/bank-transfer/confirm?lang=en", Map.of());
        assertThat(confirmed.status()).isEqualTo(302);
        assertThat(status(id)).isEqualTo("PAID");
        assertThat(api.get("/admin/orders?status=PAID&lang=en", admin.headers()).body()).contains(reference);
    }

    @Test
    void aRefundWithABadlyTypedAmountNamesItAndRecordsNothing() {
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        Credentials buyer = fixtures.user(Role.BUYER);
        String id = place(listing, buyer);
        Credentials adminUser = fixtures.user(Role.ADMIN);
        api.post(path(id, "bank-transfer/confirm"), adminUser, "");
        Api.Session admin = api.signIn(adminUser);

        Api.Answer refused = api.submit(admin, "/orders/" + id + "/refund?lang=en",
                List.of(Map.entry("amount", "12,5O"), Map.entry("reason", "damaged")));
        String page = api.get(refused.header("Location").replaceFirst("^https?://[^/]+", ""), admin.headers()).body();

        assertThat(page).contains("amount: an amount in euros");
        assertThat(jdbc.queryForObject("SELECT refunded_minor FROM orders WHERE id = ?", Long.class, id)).isZero();
        assertThat(status(id)).isEqualTo("PAID");
    }

    private String paidAndTested(Fixtures.Listing listing) {
        String id = place(listing, fixtures.user(Role.BUYER));
        api.post(path(id, "bank-transfer/confirm"), fixtures.user(Role.ADMIN), "");
        api.post(path(id, "assembly/start"), listing.maker(), "");
        api.post(path(id, "units"), listing.maker(), PASSING_UNIT);
        api.post(path(id, "tested"), listing.maker(), "");
        return id;
    }

    private String place(Fixtures.Listing listing, Credentials buyer) {
        Api.Answer placed = api.placeOrder(buyer, UUID.randomUUID().toString(), orderBody(listing.fullKit().id(), 1, "FR"));
        assertThat(placed.status()).isEqualTo(201);
        return placed.json().get("id").asString();
    }

    private String status(String id) {
        return jdbc.queryForObject("SELECT status FROM orders WHERE id = ?", String.class, id);
    }

    private int queued(Fixtures.Listing listing) {
        return jdbc.queryForObject("SELECT queued_boards FROM teams WHERE id = ?", Integer.class, listing.team().id().toString());
    }

    private static String path(String id, String action) {
        return "/api/v1/orders/" + id + "/" + action;
    }
}
