package org.openspacemakers.marketplace.payment.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openspacemakers.marketplace.account.Role;
import org.openspacemakers.marketplace.fixtures.Credentials;
import org.openspacemakers.marketplace.fixtures.Fixtures;
import org.openspacemakers.marketplace.payment.PaymentReconciliation;
import org.openspacemakers.marketplace.payment.StripeEvents;
import org.openspacemakers.marketplace.support.Api;
import org.openspacemakers.marketplace.support.FakeStripe;
import org.openspacemakers.marketplace.support.MarketplaceTest;
import org.openspacemakers.marketplace.support.TravellingClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The treasurer's check: the card orders the store has paid are compared with the sessions Stripe
 * completed, through its API; a paid order Stripe has no payment for, and money Stripe took that
 * pays no order, are listed on the administrators' payments page.
 */
@MarketplaceTest
class PaymentReconciliationTest {

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
    @Autowired
    PaymentReconciliation reconciliation;

    @Test
    void paidOrdersWithoutStripesPaymentAndStripesPaymentsWithoutAnOrderAreListedForTheTreasurer() {
        CardPayments cards = new CardPayments(api, jdbc, events, clock);
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        Credentials buyer = fixtures.user(Role.BUYER);
        String agreed = cards.place(listing, buyer).json().get("id").asString();
        String unknownToStripe = cards.place(listing, buyer).json().get("id").asString();
        String agreedIntent = intent();
        String unknownIntent = intent();
        String strayIntent = intent();
        cards.deliverAndApply(cards.completed(agreed, agreedIntent));
        cards.deliverAndApply(cards.completed(unknownToStripe, unknownIntent));
        long created = clock.instant().getEpochSecond();
        var listed = FakeStripe.stub(get(urlPathEqualTo(SESSIONS)).withQueryParam("payment_intent", absent()).willReturn(
                FakeStripe.json(FakeStripe.list(SESSIONS,
                        completed(cards.session(agreed), UUID.fromString(agreed), cards.total(agreed), agreedIntent, created),
                        completed("cs_test_stray_" + strayIntent, UUID.randomUUID(), 4_200, strayIntent, created)))));
        try {
            Api.Session treasurer = api.signIn(fixtures.user(Role.ADMIN));
            Api.Answer asked = api.submit(treasurer, "/admin/payments/reconcile?lang=en", Map.of());
            assertThat(asked.status()).isEqualTo(302);

            PaymentReconciliation.Run run = reconciliation.latest().orElseThrow();
            assertThat(run.status()).isEqualTo("DONE");
            assertThat(run.findings()).filteredOn(finding -> agreedIntent.equals(finding.stripeReference())).isEmpty();
            assertThat(run.findings()).filteredOn(finding -> unknownIntent.equals(finding.stripeReference()))
                    .singleElement().satisfies(finding -> {
                        assertThat(finding.kind()).isEqualTo(PaymentReconciliation.Kind.PAID_WITHOUT_STRIPE_PAYMENT);
                        assertThat(finding.orderId()).hasToString(unknownToStripe);
                    });
            assertThat(run.findings()).filteredOn(finding -> strayIntent.equals(finding.stripeReference()))
                    .singleElement().satisfies(finding -> {
                        assertThat(finding.kind()).isEqualTo(PaymentReconciliation.Kind.STRIPE_PAYMENT_WITHOUT_ORDER);
                        assertThat(finding.amount().amountMinor()).isEqualTo(4_200);
                    });
            String page = api.get("/admin/payments?lang=en", treasurer.headers()).body();
            assertThat(page).contains("data-kind=\"PAID_WITHOUT_STRIPE_PAYMENT\"").contains(unknownToStripe)
                    .contains("data-kind=\"STRIPE_PAYMENT_WITHOUT_ORDER\"").contains(strayIntent)
                    .contains("Stripe took this money, but no order is paid by it");
            assertThat(api.get("/admin/payments?lang=en", api.signIn(buyer).headers()).status()).isEqualTo(403);
        } finally {
            FakeStripe.server().removeStub(listed);
        }
    }

    @Test
    void stripeNotAnsweringIsKeptAsARunThatComparedNothing() {
        var down = FakeStripe.stub(get(urlPathEqualTo(SESSIONS)).withQueryParam("payment_intent", absent())
                .willReturn(aResponse().withStatus(503)));
        try {
            PaymentReconciliation.Run run = reconciliation.run().orElseThrow();

            assertThat(run.status()).isEqualTo("FAILED");
            assertThat(reconciliation.latest().orElseThrow().id()).isEqualTo(run.id());
            assertThat(api.get("/admin/payments?lang=fr", api.signIn(fixtures.user(Role.ADMIN)).headers()).body())
                    .contains("id=\"run-failed\"").contains("Stripe n&#39;a pas répondu");
        } finally {
            FakeStripe.server().removeStub(down);
        }
    }

    private static String completed(String session, UUID order, long amount, String paymentIntent, long created) {
        return FakeStripe.session(session, order, amount, "eur", "complete", "paid", paymentIntent)
                .replaceFirst("\\{", "{\"created\": " + created + ", ");
    }

    private static String intent() {
        return "pi_" + UUID.randomUUID().toString().replace("-", "");
    }
}
