package org.openspacemakers.marketplace.payment.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openspacemakers.marketplace.account.Role;
import org.openspacemakers.marketplace.fixtures.Credentials;
import org.openspacemakers.marketplace.fixtures.Fixtures;
import org.openspacemakers.marketplace.payment.StripeEvents;
import org.openspacemakers.marketplace.support.Api;
import org.openspacemakers.marketplace.support.CheckoutForms;
import org.openspacemakers.marketplace.support.FakeStripe;
import org.openspacemakers.marketplace.support.MarketplaceTest;
import org.openspacemakers.marketplace.support.TravellingClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Paying by card on Stripe's hosted page: a card order opens one Checkout Session (the order's
 * lines and total in cents, the buyer's e-mail, the order's id as its reference, an idempotency key
 * holding the order's id), the API answers its address and the checkout page sends the buyer
 * there; coming back does not pay the order; Stripe not answering keeps the order, and asking
 * again opens the session then.
 */
@MarketplaceTest
class StripeCheckoutTest {

    private static final String SESSIONS = "/v1/checkout/sessions";

    @Autowired
    Api api;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    StripeEvents events;
    @Autowired
    TravellingClock clock;

    CardPayments cards;
    Fixtures.Listing listing;
    Credentials buyer;

    @BeforeEach
    void anApprovedBoardAndABuyer() {
        cards = new CardPayments(api, jdbc, events, clock);
        listing = fixtures.approvedListing("FR");
        buyer = fixtures.user(Role.BUYER);
    }

    @Test
    void aCardOrderAnswersStripesPageWhoseSessionCarriesTheOrderAndItsTotal() {
        String key = UUID.randomUUID().toString();
        Api.Answer placed = api.placeOrder(buyer, key, CardPayments.cardBody(listing.fullKit().id(), 2));
        String order = placed.json().get("id").asString();

        assertThat(placed.status()).isEqualTo(201);
        assertThat(placed.json().get("paymentMethod").asString()).isEqualTo("CARD");
        assertThat(placed.json().get("checkoutUrl").asString())
                .isEqualTo("https://checkout.stripe.com/c/pay/cs_test_checkout-" + order + "-1");
        LoggedRequest asked = sessionRequestFor(order);
        assertThat(asked.getHeader("Idempotency-Key")).isEqualTo("checkout-" + order + "-1");
        Map<String, String> form = FakeStripe.form(asked);
        assertThat(form).containsEntry("mode", "payment").containsEntry("client_reference_id", order)
                .containsEntry("metadata[order_id]", order).containsEntry("payment_intent_data[metadata][order_id]", order)
                .containsEntry("customer_email", buyer.email())
                .containsEntry("line_items[0][quantity]", "2").containsEntry("line_items[0][price_data][currency]", "eur")
                .containsEntry("line_items[0][price_data][unit_amount]", "2500")
                .containsEntry("line_items[1][price_data][unit_amount]", String.valueOf(CheckoutForms.FRANCE_STANDARD));
        assertThat(form.get("success_url")).endsWith("/orders/" + order + "?lang=en&checkout=paid");
        assertThat(form.get("cancel_url")).endsWith("/orders/" + order + "?lang=en&checkout=cancelled");
        long sessionTotal = 2 * Long.parseLong(form.get("line_items[0][price_data][unit_amount]"))
                + Long.parseLong(form.get("line_items[1][price_data][unit_amount]"));
        assertThat(sessionTotal).as("the session's amount is the order's total").isEqualTo(cards.total(order));
        long expiresIn = Long.parseLong(form.get("expires_at")) - clock.instant().getEpochSecond();
        assertThat(expiresIn).as("with the order's reservation, within Stripe's bounds").isBetween(31 * 60L, 3600L);
    }

    @Test
    void aDonationAddedToTheOrderIsALineOfItsOwnAndTheAmountDuePaysTheOrderAndTheDonation() {
        Api.Answer placed = api.placeOrder(buyer, UUID.randomUUID().toString(), CardPayments.cardBody(listing.fullKit().id(), 1)
                .replace("\"buyerType\"", "\"donation\":{\"amountMinor\":2000,\"currency\":\"EUR\"},\"buyerType\""));
        assertThat(placed.status()).as(placed.body()).isEqualTo(201);
        String order = placed.json().get("id").asString();

        Map<String, String> form = FakeStripe.form(sessionRequestFor(order));
        assertThat(form).containsEntry("line_items[2][price_data][unit_amount]", "2000")
                .containsEntry("line_items[2][price_data][product_data][name]", "Donation to the association (no VAT)")
                .containsEntry("line_items[2][quantity]", "1");
        long due = cards.total(order) + 2_000;
        cards.deliverAndApply(FakeStripe.event("checkout.session.completed", FakeStripe.session(cards.session(order),
                UUID.fromString(order), due, "eur", "complete", "paid", "pi_" + UUID.randomUUID().toString().replace("-", "")),
                clock));

        assertThat(cards.status(order)).as("the amount due pays the order").isEqualTo("PAID");
        assertThat(jdbc.queryForList("SELECT status, payment_method, amount_minor FROM donations WHERE order_id = ?", order))
                .singleElement().satisfies(donation -> assertThat(donation).containsEntry("status", "RECEIVED")
                        .containsEntry("payment_method", "CARD").containsEntry("amount_minor", 2_000L));
    }

    @Test
    void aCardPaymentOfTheTotalWithoutTheDonationDoesNotPayTheOrder() {
        Api.Answer placed = api.placeOrder(buyer, UUID.randomUUID().toString(), CardPayments.cardBody(listing.fullKit().id(), 1)
                .replace("\"buyerType\"", "\"donation\":{\"amountMinor\":2000,\"currency\":\"EUR\"},\"buyerType\""));
        String order = placed.json().get("id").asString();

        cards.deliverAndApply(cards.completed(order, "pi_" + UUID.randomUUID().toString().replace("-", "")));

        assertThat(cards.status(order)).isEqualTo("ON_HOLD");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM donations WHERE order_id = ?", Integer.class, order)).isZero();
    }

    @Test
    void theSameRequestAgainAnswersTheSameSessionWithoutOpeningAnother() {
        String key = UUID.randomUUID().toString();
        String body = CardPayments.cardBody(listing.fullKit().id(), 1);
        Api.Answer first = api.placeOrder(buyer, key, body);
        String order = first.json().get("id").asString();

        Api.Answer again = api.placeOrder(buyer, key, body);

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("checkoutUrl").asString()).isEqualTo(first.json().get("checkoutUrl").asString());
        assertThat(api.get("/api/v1/orders/" + order, buyer).json().get("checkoutUrl").asString())
                .isEqualTo(first.json().get("checkoutUrl").asString());
        assertThat(FakeStripe.requests("POST", SESSIONS).stream().filter(request -> isFor(request, order))).hasSize(1);
    }

    @Test
    void theCheckoutPageSendsTheBuyerToStripeAndComingBackDoesNotPayTheOrder() {
        Api.Session session = api.signIn(buyer);
        Map<String, String> form = CheckoutForms.oneOffer(listing.fullKit().id(), 1, 2_500);
        form.put("paymentMethod", "CARD");
        assertThat(api.get("/orders/new?lang=en&country=FR&offer=" + listing.fullKit().id(), session.headers()).body())
                .contains("id=\"pay-card\"").contains("id=\"pay-transfer\"");

        Api.Answer placed = api.submit(session, "/checkout?lang=en", form);

        assertThat(placed.status()).isEqualTo(302);
        assertThat(placed.header("Location")).startsWith("https://checkout.stripe.com/c/pay/cs_test_checkout-");
        String order = placed.header("Location").replaceAll(".*checkout-(.{36})-1$", "$1");
        String back = api.get("/orders/" + order + "?lang=en&checkout=paid", session.headers()).body();
        assertThat(back).contains("id=\"payment-being-confirmed\"").doesNotContain("id=\"pay-by-card\"");
        assertThat(cards.status(order)).as("only Stripe's webhook pays an order").isEqualTo("AWAITING_PAYMENT");
        String left = api.get("/orders/" + order + "?lang=fr&checkout=cancelled", session.headers()).body();
        assertThat(left).contains("id=\"pay-by-card\"").contains("Payer par carte");

        cards.deliverAndApply(cards.completed(order, "pi_" + UUID.randomUUID().toString().replace("-", "")));
        assertThat(api.get("/orders/" + order + "?lang=en&checkout=paid", session.headers()).body())
                .doesNotContain("id=\"payment-being-confirmed\"").contains("data-status=\"PAID\"");
    }

    @Test
    void stripeNotAnsweringKeepsTheOrderAndTheSameRequestAgainOpensItsSession() {
        Credentials unlucky = fixtures.user(Role.BUYER);
        var down = FakeStripe.stub(post(urlPathEqualTo(SESSIONS)).withRequestBody(containing(
                "customer_email=" + URLEncoder.encode(unlucky.email(), StandardCharsets.UTF_8)))
                .willReturn(aResponse().withStatus(500).withBody("{\"error\": {\"message\": \"down\", \"type\": \"api_error\"}}")));
        String key = UUID.randomUUID().toString();
        String body = CardPayments.cardBody(listing.fullKit().id(), 1);

        Api.Answer failed = api.placeOrder(unlucky, key, body);

        assertThat(failed.status()).isEqualTo(502);
        assertThat(failed.json().get("type").asString()).endsWith("/problems/payment-provider-failed");
        assertThat(failed.body()).doesNotContain("api_error", "down", "Exception");
        String order = jdbc.queryForObject("SELECT id FROM orders WHERE idempotency_key = ?", String.class, key);
        assertThat(cards.status(order)).isEqualTo("AWAITING_PAYMENT");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM card_checkouts WHERE order_id = ?", Integer.class, order)).isZero();

        FakeStripe.server().removeStub(down);
        Api.Answer again = api.placeOrder(unlucky, key, body);

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("id").asString()).isEqualTo(order);
        assertThat(again.json().get("checkoutUrl").asString()).endsWith("checkout-" + order + "-1");
    }

    @Test
    void onlyTheBuyerOpensTheirOrdersCheckout() {
        String order = cards.place(listing, buyer).json().get("id").asString();
        Api.Session someoneElse = api.signIn(fixtures.user(Role.BUYER));

        assertThat(api.submit(someoneElse, "/orders/" + order + "/card-checkout", Map.of()).status()).isEqualTo(404);
        Api.Answer mine = api.submit(api.signIn(buyer), "/orders/" + order + "/card-checkout", Map.of());
        assertThat(mine.status()).isEqualTo(302);
        assertThat(mine.header("Location")).endsWith("checkout-" + order + "-1");
    }

    private LoggedRequest sessionRequestFor(String order) {
        List<LoggedRequest> asked = FakeStripe.requests("POST", SESSIONS).stream().filter(request -> isFor(request, order))
                .toList();
        assertThat(asked).hasSize(1);
        return asked.get(0);
    }

    private static boolean isFor(LoggedRequest request, String order) {
        return order.equals(FakeStripe.form(request).get("client_reference_id"));
    }
}
