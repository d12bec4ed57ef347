package org.openspacemakers.marketplace.payment.web;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openspacemakers.marketplace.account.Role;
import org.openspacemakers.marketplace.fixtures.Credentials;
import org.openspacemakers.marketplace.fixtures.Fixtures;
import org.openspacemakers.marketplace.payment.StripeEvents;
import org.openspacemakers.marketplace.support.Api;
import org.openspacemakers.marketplace.support.FakeStripe;
import org.openspacemakers.marketplace.support.MarketplaceTest;
import org.openspacemakers.marketplace.support.TravellingClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Stripe's webhook, exactly once: a signed event is kept before the answer and applied once,
 * however often and in whatever order Stripe delivers it; a bad, tampered or stale signature is
 * refused with 400 and keeps nothing; an event the store does not act on is acknowledged; an
 * expired session gives the order's boards back; money that does not pay its order holds it and
 * tells the administrators; the gate is asked again when the money comes.
 */
@MarketplaceTest
class StripeWebhookTest {

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
    void aCardOrderAwaitsItsPayment() {
        cards = new CardPayments(api, jdbc, events, clock);
        listing = fixtures.approvedListing("FR");
        buyer = fixtures.user(Role.BUYER);
    }

    @Test
    void aPaidSessionPaysItsOrderOnceHoweverOftenStripeDeliversIt() {
        String order = cards.place(listing, buyer).json().get("id").asString();
        String paymentIntent = "pi_" + UUID.randomUUID().toString().replace("-", "");
        String completed = cards.completed(order, paymentIntent);

        Api.Answer first = cards.deliverAndApply(completed);
        Api.Answer again = cards.deliverAndApply(completed);

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().get("received").asString()).isEqualTo("STORED");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("received").asString()).isEqualTo("ALREADY_RECEIVED");
        assertThat(cards.status(order)).isEqualTo("PAID");
        assertThat(cards.steps(order, "PAID")).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT paid_reference FROM orders WHERE id = ?", String.class, order))
                .isEqualTo(paymentIntent);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM invoices WHERE order_id = ?", Integer.class, order)).isEqualTo(1);
        assertThat(jdbc.queryForMap("SELECT outcome, fee_minor, amount_minor FROM card_payments WHERE payment_intent = ?",
                paymentIntent)).containsEntry("outcome", "PAID").containsEntry("fee_minor", FakeStripe.FEE)
                .containsEntry("amount_minor", cards.total(order));
        assertThat(jdbc.queryForMap("SELECT status, outcome, payload FROM stripe_events WHERE order_id = ?", order))
                .containsEntry("status", "APPLIED").containsEntry("outcome", "PAID")
                .as("the payload names the buyer: dropped once applied").containsEntry("payload", null);
        assertThat(api.get("/api/v1/orders/" + order, buyer).json().get("invoiceNumber").isNull()).isFalse();
        String asAdministrator = api.get("/orders/" + order + "?lang=en", api.signIn(fixtures.user(Role.ADMIN)).headers()).body();
        assertThat(asAdministrator).contains("id=\"order-card-payments\"").contains(paymentIntent)
                .contains("class=\"fee\">0.85 EUR<");
        assertThat(api.get("/orders/" + order + "?lang=en", api.signIn(buyer).headers()).body())
                .as("Stripe's fee is the treasurer's business").doesNotContain("id=\"order-card-payments\"");
    }

    @Test
    void eachEventDeliveredThreeTimesInShuffledOrderMovesEachOrderOnce() {
        String paid = order();
        String delayed = order();
        String failed = order();
        String expired = order();
        String refunded = order();
        String paidIntent = intent();
        String delayedIntent = intent();
        String failedIntent = intent();
        String refundedIntent = intent();
        long refundedTotal = cards.total(refunded);
        // Stripe's answers the refund's event calls for: the refund made in its dashboard, and the session paid by it.
        FakeStripe.stub(get(urlPathEqualTo("/v1/refunds")).withQueryParam("charge", equalTo("ch_" + refundedIntent))
                .willReturn(FakeStripe.json(FakeStripe.list("/v1/refunds", FakeStripe.refund("re_" + refundedIntent,
                        refundedIntent, refundedTotal)))));
        FakeStripe.stub(get(urlPathEqualTo("/v1/checkout/sessions")).withQueryParam("payment_intent", equalTo(refundedIntent))
                .willReturn(FakeStripe.json(FakeStripe.list("/v1/checkout/sessions", session(refunded, "complete", "paid",
                        refundedIntent)))));
        List<String> stripeSends = List.of(
                event("checkout.session.completed", session(paid, "complete", "paid", paidIntent)),
                event("checkout.session.completed", session(delayed, "complete", "unpaid", delayedIntent)),
                event("checkout.session.async_payment_succeeded", session(delayed, "complete", "paid", delayedIntent)),
                event("checkout.session.completed", session(failed, "complete", "unpaid", failedIntent)),
                event("checkout.session.async_payment_failed", session(failed, "complete", "unpaid", failedIntent)),
                event("checkout.session.expired", session(expired, "expired", "unpaid", null)),
                event("checkout.session.completed", session(refunded, "complete", "paid", refundedIntent)),
                event("charge.refunded", FakeStripe.charge(refundedIntent, refundedTotal, refundedTotal)));
        List<String> deliveries = new ArrayList<>();
        for (int time = 0; time < 3; time++) {
            deliveries.addAll(stripeSends);
        }
        long seed = new Random().nextLong();
        Collections.shuffle(deliveries, new Random(seed));

        for (String delivery : deliveries) {
            assertThat(cards.deliverAndApply(delivery).status()).as("seed %d", seed).isEqualTo(200);
        }

        assertThat(cards.status(paid)).as("seed %d", seed).isEqualTo("PAID");
        assertThat(cards.steps(paid, "PAID")).as("seed %d", seed).isEqualTo(1);
        assertThat(cards.status(delayed)).as("seed %d", seed).isEqualTo("PAID");
        assertThat(cards.steps(delayed, "PAID")).as("seed %d", seed).isEqualTo(1);
        assertThat(cards.status(failed)).as("seed %d", seed).isEqualTo("AWAITING_PAYMENT");
        assertThat(cards.reserved(failed)).as("seed %d", seed).isFalse();
        assertThat(cards.steps(failed, "CARD_PAYMENT_FAILED")).as("seed %d", seed).isEqualTo(1);
        assertThat(cards.status(expired)).as("seed %d", seed).isEqualTo("AWAITING_PAYMENT");
        assertThat(cards.reserved(expired)).as("seed %d", seed).isFalse();
        assertThat(cards.steps(expired, "CARD_CHECKOUT_EXPIRED")).as("seed %d", seed).isEqualTo(1);
        assertThat(cards.status(refunded)).as("seed %d", seed).isEqualTo("REFUNDED");
        assertThat(cards.steps(refunded, "PAID")).as("seed %d", seed).isEqualTo(1);
        assertThat(cards.steps(refunded, "REFUNDED")).as("seed %d", seed).isEqualTo(1);
        assertThat(cards.creditNotes(refunded)).as("seed %d", seed).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM stripe_events WHERE order_id IN (?, ?, ?, ?, ?)", Integer.class,
                paid, delayed, failed, expired, refunded)).as("each event kept once").isEqualTo(stripeSends.size());
        assertThat(queued()).as("two orders paid and one refunded; two gave their boards back").isEqualTo(2);
    }

    @Test
    void theSameEventDeliveredAtOnceByTwoConnectionsIsKeptAndAppliedOnce() throws Exception {
        String order = order();
        String completed = cards.completed(order, intent());
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService stripe = Executors.newFixedThreadPool(2);
        try {
            List<Future<Api.Answer>> answers = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                answers.add(stripe.submit(() -> {
                    together.await(10, TimeUnit.SECONDS);
                    return cards.deliver(completed);
                }));
            }
            List<String> received = new ArrayList<>();
            for (Future<Api.Answer> answer : answers) {
                Api.Answer delivered = answer.get(30, TimeUnit.SECONDS);
                assertThat(delivered.status()).isEqualTo(200);
                received.add(delivered.json().get("received").asString());
            }
            assertThat(received).containsExactlyInAnyOrder("STORED", "ALREADY_RECEIVED");
            List<Future<Integer>> applied = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                applied.add(stripe.submit(() -> {
                    together.await(10, TimeUnit.SECONDS);
                    return events.applyPending();
                }));
            }
            for (Future<Integer> done : applied) {
                done.get(30, TimeUnit.SECONDS);
            }
        } finally {
            stripe.shutdownNow();
        }
        assertThat(cards.status(order)).isEqualTo("PAID");
        assertThat(cards.steps(order, "PAID")).isEqualTo(1);
    }

    @Test
    void aTamperedBodyIsRefusedWith400AndKeepsNothing() {
        String order = order();
        String completed = cards.completed(order, intent());
        String signature = FakeStripe.signature(completed, clock);
        String tampered = completed.replace("\"amount_total\": " + cards.total(order), "\"amount_total\": 1");

        Api.Answer refused = api.post(CardPayments.WEBHOOK, null, tampered, Map.of("Stripe-Signature", signature));
        events.applyPending();

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().get("type").asString()).endsWith("/problems/bad-signature");
        assertThat(refused.body()).doesNotContain("Exception", "whsec_", "at com.");
        assertThat(keptAbout(order)).isZero();
        assertThat(cards.status(order)).isEqualTo("AWAITING_PAYMENT");
    }

    @Test
    void aSignatureOlderThanFiveMinutesIsRefused() {
        String order = order();
        String completed = cards.completed(order, intent());
        long stale = clock.instant().minusSeconds(StripeEvents.TOLERANCE_SECONDS + 1).getEpochSecond();

        Api.Answer refused = api.post(CardPayments.WEBHOOK, null, completed,
                Map.of("Stripe-Signature", FakeStripe.signature(completed, stale, FakeStripe.WEBHOOK_SECRET)));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(keptAbout(order)).isZero();
    }

    @Test
    void anotherSecretOrNoSignatureIsRefused() {
        String completed = cards.completed(order(), intent());
        long now = clock.instant().getEpochSecond();

        assertThat(api.post(CardPayments.WEBHOOK, null, completed, Map.of("Stripe-Signature",
                FakeStripe.signature(completed, now, "whsec_someone_else"))).status()).isEqualTo(400);
        assertThat(api.post(CardPayments.WEBHOOK, null, completed, Map.of()).status()).isEqualTo(400);
        assertThat(api.post(CardPayments.WEBHOOK, null, "not json", Map.of("Stripe-Signature",
                FakeStripe.signature("not json", clock))).status()).isEqualTo(400);
    }

    @Test
    void anEventOfAnotherTypeIsAcknowledgedAndIgnored() {
        String id = "evt_" + UUID.randomUUID().toString().replace("-", "");
        String customer = FakeStripe.event(id, "customer.created", "{\"id\": \"cus_1\", \"object\": \"customer\"}", clock);

        Api.Answer answer = cards.deliverAndApply(customer);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("received").asString()).isEqualTo("IGNORED");
        assertThat(jdbc.queryForMap("SELECT status, payload FROM stripe_events WHERE id = ?", id))
                .containsEntry("status", "IGNORED").containsEntry("payload", null);
    }

    @Test
    void anExpiredSessionGivesTheOrdersBoardsBackAndTheBuyerMayPayAgain() {
        String order = order();
        assertThat(queued()).isEqualTo(1);

        cards.deliverAndApply(event("checkout.session.expired", session(order, "expired", "unpaid", null)));

        assertThat(queued()).isZero();
        assertThat(cards.reserved(order)).isFalse();
        assertThat(cards.status(order)).isEqualTo("AWAITING_PAYMENT");
        Api.Session session = api.signIn(buyer);
        Api.Answer again = api.submit(session, "/orders/" + order + "/card-checkout?lang=en", Map.of());
        assertThat(again.status()).isEqualTo(302);
        assertThat(again.header("Location")).startsWith("https://checkout.stripe.com/").endsWith("checkout-" + order + "-2");
        cards.deliverAndApply(cards.completed(order, intent()));
        assertThat(cards.status(order)).as("paid late: booked again, there is room").isEqualTo("PAID");
        assertThat(queued()).isEqualTo(1);
    }

    @Test
    void moneyThatIsNotTheOrdersTotalHoldsTheOrderUnpaidAndTellsTheAdministrators() {
        Credentials admin = fixtures.user(Role.ADMIN);
        String order = order();
        String paymentIntent = intent();

        cards.deliverAndApply(event("checkout.session.completed", FakeStripe.session(cards.session(order),
                UUID.fromString(order), cards.total(order) - 100, "eur", "complete", "paid", paymentIntent)));

        assertThat(cards.status(order)).isEqualTo("ON_HOLD");
        assertThat(jdbc.queryForObject("SELECT paid_at FROM orders WHERE id = ?", Object.class, order)).isNull();
        assertThat(jdbc.queryForObject("SELECT outcome FROM card_payments WHERE payment_intent = ?", String.class,
                paymentIntent)).isEqualTo("AMOUNT_MISMATCH");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM mail_outbox WHERE dedup_key = ?", Integer.class,
                "payment:" + paymentIntent + ":AMOUNT_MISMATCH:" + admin.id())).isEqualTo(1);
    }

    @Test
    void theGateIsAskedAgainWhenTheMoneyComes() {
        String order = order();
        assertThat(api.post("/api/v1/revisions/" + listing.revision().id() + "/review/revoke", fixtures.user(Role.REVIEWER),
                "{\"reason\":\"the thermocouple input is not isolated\"}").status()).isEqualTo(200);

        cards.deliverAndApply(cards.completed(order, intent()));

        assertThat(cards.status(order)).as("paid, and held: it may not ship").isEqualTo("ON_HOLD");
        assertThat(jdbc.queryForObject("SELECT paid_at FROM orders WHERE id = ?", Object.class, order)).isNotNull();
        assertThat(jdbc.queryForObject("SELECT outcome FROM card_payments WHERE order_id = ?", String.class, order))
                .isEqualTo("HELD");
    }

    @Test
    void aPaymentForAnOrderTheBuyerCancelledIsKeptForTheAdministratorsToPayBack() {
        String order = order();
        String session = cards.session(order);
        assertThat(api.post("/api/v1/orders/" + order + "/cancel", buyer, "{}").status()).isEqualTo(200);
        assertThat(FakeStripe.requests("POST", "/v1/checkout/sessions/" + session + "/expire"))
                .as("its open session is ended at Stripe").hasSize(1);
        String paymentIntent = intent();

        cards.deliverAndApply(cards.completed(order, paymentIntent));

        assertThat(cards.status(order)).isEqualTo("CANCELLED");
        assertThat(jdbc.queryForObject("SELECT outcome FROM card_payments WHERE payment_intent = ?", String.class,
                paymentIntent)).isEqualTo("NOT_AWAITED");
    }

    @Test
    void anEventThatCannotBeAppliedYetIsKeptAndTriedAgainUntilItCan() {
        String order = order();
        String paymentIntent = intent();
        long total = cards.total(order);
        FakeStripe.stub(get(urlPathEqualTo("/v1/refunds")).withQueryParam("charge", equalTo("ch_" + paymentIntent))
                .willReturn(FakeStripe.json(FakeStripe.list("/v1/refunds", FakeStripe.refund("re_" + paymentIntent,
                        paymentIntent, total)))));
        String refundedId = "evt_" + UUID.randomUUID().toString().replace("-", "");
        // The refund's event first, while Stripe lists no session for its payment yet: it cannot be applied.
        cards.deliverAndApply(FakeStripe.event(refundedId, "charge.refunded", FakeStripe.charge(paymentIntent, total, total),
                clock));

        assertThat(jdbc.queryForMap("SELECT status, attempts, last_error FROM stripe_events WHERE id = ?", refundedId))
                .containsEntry("status", "PENDING").containsEntry("attempts", 1)
                .containsEntry("last_error", "IllegalStateException");
        assertThat(cards.status(order)).isEqualTo("AWAITING_PAYMENT");

        cards.deliverAndApply(cards.completed(order, paymentIntent));
        clock.travel(java.time.Duration.ofMinutes(1));
        try {
            events.applyPending();
        } finally {
            clock.travel(java.time.Duration.ofMinutes(-1));
        }

        assertThat(jdbc.queryForObject("SELECT status FROM stripe_events WHERE id = ?", String.class, refundedId))
                .isEqualTo("APPLIED");
        assertThat(cards.status(order)).isEqualTo("REFUNDED");
        assertThat(cards.creditNotes(order)).isEqualTo(1);
    }

    private String order() {
        return cards.place(listing, buyer).json().get("id").asString();
    }

    private String session(String order, String status, String paymentStatus, String paymentIntent) {
        return FakeStripe.session(cards.session(order), UUID.fromString(order), cards.total(order), "eur", status,
                paymentStatus, paymentIntent);
    }

    private String event(String type, String object) {
        return FakeStripe.event(type, object, clock);
    }

    private static String intent() {
        return "pi_" + UUID.randomUUID().toString().replace("-", "");
    }

    private int keptAbout(String order) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM stripe_events WHERE payload LIKE ? OR order_id = ?", Integer.class,
                "%" + order + "%", order);
    }

    private int queued() {
        return jdbc.queryForObject("SELECT queued_boards FROM teams WHERE id = ?", Integer.class, listing.team().id().toString());
    }
}
