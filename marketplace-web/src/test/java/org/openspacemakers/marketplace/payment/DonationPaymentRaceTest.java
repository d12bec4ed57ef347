package org.openspacemakers.marketplace.payment;

import static org.assertj.core.api.Assertions.assertThat;

import com.stripe.net.Webhook;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openspacemakers.marketplace.catalog.Money;
import org.openspacemakers.marketplace.donation.Donation;
import org.openspacemakers.marketplace.donation.DonationStatus;
import org.openspacemakers.marketplace.donation.Donations;
import org.openspacemakers.marketplace.donation.Pledge;
import org.openspacemakers.marketplace.order.PaymentMethod;
import org.openspacemakers.marketplace.support.FakeStripe;
import org.openspacemakers.marketplace.support.MarketplaceTest;
import org.openspacemakers.marketplace.support.TravellingClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two of Stripe's events about one card donation applied at the same instant, on two threads
 * released together: the same payment told twice, or two payments of the same donation (the donor
 * paid on two sessions). Either way the donation is received once, with one receipt; a second
 * payment is kept for an administrator to pay back.
 */
@MarketplaceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DonationPaymentRaceTest {

    private static final int ROUNDS = 4;

    @Autowired
    Donations donations;
    @Autowired
    DonationCheckouts checkouts;
    @Autowired
    StripeEventHandling handling;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TravellingClock clock;

    ExecutorService stripe;

    @BeforeAll
    void twoThreads() {
        stripe = Executors.newFixedThreadPool(2);
    }

    @AfterAll
    void stop() {
        stripe.shutdownNow();
    }

    @Test
    void theSamePaymentToldTwiceAtOnceReceivesTheDonationOnce() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            Donation donation = aCardDonation();
            String intent = intent();
            long before = receiptsIssued();

            List<StripeEventHandling.Applied> applied = together(
                    event("checkout.session.completed", donation, intent),
                    event("checkout.session.async_payment_succeeded", donation, intent));

            assertThat(applied).extracting(StripeEventHandling.Applied::outcome)
                    .containsExactlyInAnyOrder("DONATION_RECEIVED", "ALREADY_RECORDED");
            assertThat(donations.byId(donation.id()).orElseThrow().status()).isEqualTo(DonationStatus.RECEIVED);
            assertThat(receiptsIssued()).as("one receipt, round %d", round).isEqualTo(before + 1);
        }
    }

    @Test
    void twoPaymentsOfOneDonationAtOnceReceiveItOnceAndKeepTheOtherForAnAdministrator() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            Donation donation = aCardDonation();
            String first = intent();
            String second = intent();
            long before = receiptsIssued();

            List<StripeEventHandling.Applied> applied = together(event("checkout.session.completed", donation, first),
                    event("checkout.session.completed", donation, second));

            assertThat(applied).extracting(StripeEventHandling.Applied::outcome)
                    .containsExactlyInAnyOrder("DONATION_RECEIVED", "DONATION_NOT_AWAITED");
            assertThat(donations.byId(donation.id()).orElseThrow().status()).isEqualTo(DonationStatus.RECEIVED);
            assertThat(receiptsIssued()).as("one receipt, round %d", round).isEqualTo(before + 1);
            assertThat(jdbc.queryForList("SELECT outcome FROM card_payments WHERE donation_id = ? ORDER BY outcome",
                    String.class, donation.id().toString())).containsExactly("DONATION_NOT_AWAITED", "DONATION_RECEIVED");
        }
    }

    /** Applies both events at once, each on its own thread, released by a barrier. */
    private List<StripeEventHandling.Applied> together(String one, String other) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        List<Future<StripeEventHandling.Applied>> running = new ArrayList<>();
        for (String payload : List.of(one, other)) {
            running.add(stripe.submit(() -> {
                start.await(10, TimeUnit.SECONDS);
                return handling.apply(Webhook.constructEventWithoutVerification(payload));
            }));
        }
        List<StripeEventHandling.Applied> applied = new ArrayList<>();
        for (Future<StripeEventHandling.Applied> done : running) {
            applied.add(done.get(60, TimeUnit.SECONDS));
        }
        return applied;
    }

    private Donation aCardDonation() {
        Donations.Pledged pledged = donations.pledge(new Pledge(Money.euros(1_500), "Emmy Noether", "emmy@example.org", "", "",
                "", "", "", null, Locale.ENGLISH), PaymentMethod.CARD);
        checkouts.open(pledged.donation(), pledged.token(), "http://localhost");
        return donations.byId(pledged.donation().id()).orElseThrow();
    }

    private String event(String type, Donation donation, String paymentIntent) {
        return FakeStripe.event(type, """
                {"id": "%s", "object": "checkout.session", "mode": "payment", "amount_total": 1500, "currency": "eur",
                 "client_reference_id": null, "metadata": {"donation_id": "%s"}, "payment_intent": "%s",
                 "payment_status": "paid", "status": "complete"}""".formatted(donation.checkoutSessionId().orElseThrow(),
                donation.id(), paymentIntent), clock);
    }

    private long receiptsIssued() {
        Long issued = jdbc.queryForObject("SELECT COALESCE(SUM(last_seq), 0) FROM document_counters WHERE series = ?",
                Long.class, "DONATION_RECEIPT");
        return issued == null ? 0 : issued;
    }

    private static String intent() {
        return "pi_" + UUID.randomUUID().toString().replace("-", "");
    }
}
