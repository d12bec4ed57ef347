package org.openspacemakers.marketplace.payment.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openspacemakers.marketplace.support.OrderBodies.orderBody;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.openspacemakers.marketplace.fixtures.Credentials;
import org.openspacemakers.marketplace.fixtures.Fixtures;
import org.openspacemakers.marketplace.payment.StripeEvents;
import org.openspacemakers.marketplace.support.Api;
import org.openspacemakers.marketplace.support.FakeStripe;
import org.springframework.jdbc.core.JdbcTemplate;

/** What the card payment tests do over and over: place a card order, have Stripe call the webhook, read the order back. */
final class CardPayments {

    static final String WEBHOOK = "/api/v1/payments/stripe/webhook";

    private final Api api;
    private final JdbcTemplate jdbc;
    private final StripeEvents events;
    private final Clock clock;

    CardPayments(Api api, JdbcTemplate jdbc, StripeEvents events, Clock clock) {
        this.api = api;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** A card order's body: the usual one, paid by card. */
    static String cardBody(UUID offerId, int quantity) {
        return orderBody(offerId, quantity, "FR").replace("\"buyerType\"", "\"paymentMethod\":\"CARD\",\"buyerType\"");
    }

    /** Places a card order of one full kit to France; its 201 answer. */
    Api.Answer place(Fixtures.Listing listing, Credentials buyer) {
        Api.Answer placed = api.placeOrder(buyer, UUID.randomUUID().toString(), cardBody(listing.fullKit().id(), 1));
        assertThat(placed.status()).as(placed.body()).isEqualTo(201);
        return placed;
    }

    /** The order's Checkout Session, as the store opened it. */
    String session(String orderId) {
        return jdbc.queryForObject("SELECT session_id FROM card_checkouts WHERE order_id = ? ORDER BY attempt DESC LIMIT 1",
                String.class, orderId);
    }

    long total(String orderId) {
        return jdbc.queryForObject("SELECT total_minor FROM orders WHERE id = ?", Long.class, orderId);
    }

    String status(String orderId) {
        return jdbc.queryForObject("SELECT status FROM orders WHERE id = ?", String.class, orderId);
    }

    boolean reserved(String orderId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT reserved FROM orders WHERE id = ?", Boolean.class, orderId));
    }

    /** How many times the order's timeline has this event. */
    int steps(String orderId, String event) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM order_steps WHERE order_id = ? AND event = ?", Integer.class,
                orderId, event);
    }

    int creditNotes(String orderId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM credit_notes WHERE order_id = ?", Integer.class, orderId);
    }

    /** Stripe's event telling the session was completed and paid, with this payment. */
    String completed(String orderId, String paymentIntent) {
        return FakeStripe.event("checkout.session.completed", FakeStripe.session(session(orderId), UUID.fromString(orderId),
                total(orderId), "eur", "complete", "paid", paymentIntent), clock);
    }

    /** Stripe calls the webhook with this event, signed as it signs them. */
    Api.Answer deliver(String payload) {
        return api.post(WEBHOOK, null, payload, Map.of("Stripe-Signature", FakeStripe.signature(payload, clock)));
    }

    /** Stripe calls the webhook, then the store applies what it kept. */
    Api.Answer deliverAndApply(String payload) {
        Api.Answer answer = deliver(payload);
        events.applyPending();
        return answer;
    }
}
