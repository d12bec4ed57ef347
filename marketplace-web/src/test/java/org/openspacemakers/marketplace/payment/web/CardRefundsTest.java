package org.openspacemakers.marketplace.payment.web;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * Card refunds: an administrator's goes through Stripe's API (with an idempotency key) and is
 * credited once, whatever the repeats and the event that follows; a refund made in Stripe's
 * dashboard reaches the store by webhook and is credited the same way; both issue the credit note.
 */
@MarketplaceTest
class CardRefundsTest {

    private static final String REFUNDS = "/v1/refunds";

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
    Credentials admin;
    String order;
    String paymentIntent;

    @BeforeEach
    void aCardOrderPaidThroughStripe() {
        cards = new CardPayments(api, jdbc, events, clock);
        listing = fixtures.approvedListing("FR");
        admin = fixtures.user(Role.ADMIN);
        order = cards.place(listing, fixtures.user(Role.BUYER)).json().get("id").asString();
        paymentIntent = "pi_" + UUID.randomUUID().toString().replace("-", "");
        cards.deliverAndApply(cards.completed(order, paymentIntent));
        assertThat(cards.status(order)).isEqualTo("PAID");
    }

    @Test
    void anAdministratorsPartialRefundGoesThroughStripeAndIsCreditedOnceWhateverTheRepeats() {
        String key = UUID.randomUUID().toString();
        String refund = "{\"amount\":{\"amountMinor\":500,\"currency\":\"EUR\"},\"reason\":\"a connector was missing\"}";

        Api.Answer refunded = api.post(path("refund"), admin, refund, Map.of("Idempotency-Key", key));
        Api.Answer again = api.post(path("refund"), admin, refund, Map.of("Idempotency-Key", key));

        assertThat(refunded.status()).as(refunded.body()).isEqualTo(200);
        assertThat(again.status()).isEqualTo(200);
        assertThat(refunded.json().get("creditNotes")).hasSize(1);
        assertThat(cards.creditNotes(order)).isEqualTo(1);
        assertThat(cards.status(order)).as("partly refunded, it goes on").isEqualTo("PAID");
        assertThat(jdbc.queryForObject("SELECT refunded_minor FROM orders WHERE id = ?", Long.class, order)).isEqualTo(500);
        List<LoggedRequest> asked = refundRequests();
        assertThat(asked).hasSize(2).allSatisfy(request -> {
            assertThat(request.getHeader("Idempotency-Key")).isEqualTo("refund-" + order + "-" + key);
            assertThat(FakeStripe.form(request)).containsEntry("payment_intent", paymentIntent).containsEntry("amount", "500");
        });
        String stripesRefund = "re_refund-" + order + "-" + key;
        FakeStripe.stub(get(urlPathEqualTo(REFUNDS)).withQueryParam("charge", equalTo("ch_" + paymentIntent)).willReturn(
                FakeStripe.json(FakeStripe.list(REFUNDS, FakeStripe.refund(stripesRefund, paymentIntent, 500)))));

        cards.deliverAndApply(FakeStripe.event("charge.refunded", FakeStripe.charge(paymentIntent, cards.total(order), 500),
                clock));

        assertThat(cards.creditNotes(order)).as("the refund's own event credits nothing more").isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT source FROM card_refunds WHERE refund_id = ?", String.class, stripesRefund))
                .isEqualTo("STORE");
    }

    @Test
    void theSameRefundSentAtOnceByTwoAdministratorsIsCreditedOnce() throws Exception {
        String key = UUID.randomUUID().toString();
        String refund = "{\"amount\":{\"amountMinor\":300,\"currency\":\"EUR\"},\"reason\":\"late\"}";
        Credentials other = fixtures.user(Role.ADMIN);
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService admins = Executors.newFixedThreadPool(2);
        List<Integer> statuses = new ArrayList<>();
        try {
            List<Future<Api.Answer>> answers = new ArrayList<>();
            for (Credentials who : List.of(admin, other)) {
                answers.add(admins.submit(() -> {
                    together.await(10, TimeUnit.SECONDS);
                    return api.post(path("refund"), who, refund, Map.of("Idempotency-Key", key));
                }));
            }
            for (Future<Api.Answer> answer : answers) {
                statuses.add(answer.get(30, TimeUnit.SECONDS).status());
            }
        } finally {
            admins.shutdownNow();
        }
        assertThat(statuses).containsOnly(200);
        assertThat(cards.creditNotes(order)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT refunded_minor FROM orders WHERE id = ?", Long.class, order)).isEqualTo(300);
    }

    @Test
    void aRefundMadeInStripesDashboardReachesTheStoreByWebhookWithItsCreditNote() {
        long total = cards.total(order);
        assertThat(queued()).isEqualTo(1);
        FakeStripe.stub(get(urlPathEqualTo(REFUNDS)).withQueryParam("charge", equalTo("ch_" + paymentIntent)).willReturn(
                FakeStripe.json(FakeStripe.list(REFUNDS, FakeStripe.refund("re_dashboard_" + paymentIntent, paymentIntent,
                        total)))));

        Api.Answer delivered = cards.deliverAndApply(FakeStripe.event("charge.refunded",
                FakeStripe.charge(paymentIntent, total, total), clock));

        assertThat(delivered.status()).isEqualTo(200);
        assertThat(cards.status(order)).isEqualTo("REFUNDED");
        assertThat(cards.creditNotes(order)).isEqualTo(1);
        assertThat(queued()).as("refunded before assembly: its board leaves the queue").isZero();
        assertThat(jdbc.queryForObject("SELECT source FROM card_refunds WHERE refund_id = ?", String.class,
                "re_dashboard_" + paymentIntent)).isEqualTo("STRIPE");
    }

    @Test
    void aRefundOfMoreThanWasPaidNamesTheAmountAndAsksStripeNothing() {
        int before = refundRequests().size();

        Api.Answer refused = api.post(path("refund"), admin,
                "{\"amount\":{\"amountMinor\":999900,\"currency\":\"EUR\"},\"reason\":\"too much\"}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").findValuesAsString("field")).containsExactly("amount");
        assertThat(refundRequests()).hasSize(before);
        assertThat(cards.creditNotes(order)).isZero();
    }

    @Test
    void theOrdersPageRefundFormRefundsThroughStripeOnceWhenSentTwice() {
        Api.Session session = api.signIn(admin);
        String page = api.get("/orders/" + order + "?lang=en", session.headers()).body();
        String refundKey = page.replaceAll("(?s).*name=\"refundKey\" value=\"([^\"]+)\".*", "$1");
        Map<String, String> form = Map.of("amount", "2,50", "reason", "scratched case", "refundKey", refundKey);

        assertThat(api.submit(session, "/orders/" + order + "/refund?lang=en", form).status()).isEqualTo(302);
        assertThat(api.submit(session, "/orders/" + order + "/refund?lang=en", form).status()).isEqualTo(302);

        assertThat(cards.creditNotes(order)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT refunded_minor FROM orders WHERE id = ?", Long.class, order)).isEqualTo(250);
    }

    private List<LoggedRequest> refundRequests() {
        return FakeStripe.requests("POST", REFUNDS).stream()
                .filter(request -> paymentIntent.equals(FakeStripe.form(request).get("payment_intent"))).toList();
    }

    private String path(String action) {
        return "/api/v1/orders/" + order + "/" + action;
    }

    private int queued() {
        return jdbc.queryForObject("SELECT queued_boards FROM teams WHERE id = ?", Integer.class, listing.team().id().toString());
    }
}
