package org.openspacemakers.marketplace.donation.web;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openspacemakers.marketplace.account.Role;
import org.openspacemakers.marketplace.books.Books;
import org.openspacemakers.marketplace.donation.Donation;
import org.openspacemakers.marketplace.donation.DonationStatus;
import org.openspacemakers.marketplace.donation.Donations;
import org.openspacemakers.marketplace.fixtures.Fixtures;
import org.openspacemakers.marketplace.invoice.Seller;
import org.openspacemakers.marketplace.notification.Mails;
import org.openspacemakers.marketplace.order.PaymentMethod;
import org.openspacemakers.marketplace.payment.StripeEvents;
import org.openspacemakers.marketplace.support.Api;
import org.openspacemakers.marketplace.support.FakeStripe;
import org.openspacemakers.marketplace.support.MarketplaceTest;
import org.openspacemakers.marketplace.support.TravellingClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A donation without an order paid by card, over HTTP as a browser and Stripe do it: the donor
 * chooses card and is sent to Stripe's Checkout (one line, the donation's amount, the donation in
 * the metadata, no order); a second click gets the same session while it is open, a new one once it
 * ran out; Stripe's signed event receives the donation and issues one receipt however often it is
 * delivered; another amount leaves the donation pending and tells the administrators.
 */
@MarketplaceTest
class CardDonationTest {

    static final String WEBHOOK = "/api/v1/payments/stripe/webhook";
    private static final String SESSIONS = "/v1/checkout/sessions";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Autowired
    Api api;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Donations donations;
    @Autowired
    StripeEvents events;
    @Autowired
    Mails mails;
    @Autowired
    Seller seller;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TravellingClock clock;
    @Autowired
    Books books;

    @AfterEach
    void clockBack() {
        clock.backToNow();
    }

    /** A donor who chose card on the donation page, sent on to Stripe. */
    record Given(Donation donation, String token, String cookie, String checkoutUrl) {
    }

    @Test
    void choosingCardOpensStripesCheckoutForTheDonationAloneAndASecondClickReusesIt() {
        Api.Answer page = api.get("/donate?lang=en");
        assertThat(page.body()).contains("id=\"payment-method\"", "id=\"pay-card\"", "By card, on Stripe")
                .doesNotContain("id=\"bank-transfer-only\"");
        assertThat(page.body()).as("bank transfer, the default").containsPattern("id=\"pay-transfer\"\\s+checked")
                .doesNotContainPattern("id=\"pay-card\"\\s+checked");

        Given given = giveByCard("37", "Ada Lovelace", "ada@example.org");

        assertThat(given.donation().paymentMethod()).isEqualTo(PaymentMethod.CARD);
        assertThat(given.donation().status()).isEqualTo(DonationStatus.PENDING);
        assertThat(given.donation().checkoutSessionId()).isPresent();
        assertThat(given.checkoutUrl()).startsWith("https://checkout.stripe.com/").endsWith(given.donation().checkoutSessionId().get());
        List<LoggedRequest> asked = sessionsFor(given.donation());
        assertThat(asked).hasSize(1);
        Map<String, String> form = FakeStripe.form(asked.get(0));
        String id = given.donation().id().toString();
        assertThat(form).containsEntry("mode", "payment").containsEntry("metadata[donation_id]", id)
                .containsEntry("payment_intent_data[metadata][donation_id]", id)
                .containsEntry("customer_email", "ada@example.org")
                .containsEntry("line_items[0][quantity]", "1").containsEntry("line_items[0][price_data][currency]", "eur")
                .containsEntry("line_items[0][price_data][unit_amount]", "3700")
                .containsEntry("line_items[0][price_data][product_data][name]", "Donation to " + seller.name())
                .doesNotContainKey("client_reference_id").doesNotContainKey("metadata[order_id]")
                .doesNotContainKey("line_items[1][quantity]");
        assertThat(form.keySet()).noneMatch(key -> key.contains("tax_rates"));
        assertThat(form.get("success_url")).endsWith("/donations/" + given.token() + "?lang=en&checkout=paid");
        assertThat(form.get("cancel_url")).endsWith("/donations/" + given.token() + "?lang=en&checkout=cancelled");
        assertThat(asked.get(0).getHeader("Idempotency-Key")).isEqualTo("donation-checkout-" + id + "-1");

        Api.Answer donorPage = api.get("/donations/" + given.token() + "?lang=en");
        assertThat(donorPage.body()).contains("awaits your card payment", "id=\"card-payment\"", "id=\"pay-by-card\"")
                .doesNotContain("id=\"bank-transfer\"");
        assertThat(mails.byKey("donation:" + id + ":PENDING")).get()
                .satisfies(mail -> assertThat(mail.text()).contains("paid by card").doesNotContain("IBAN"));

        Api.Answer again = payAgain(given);
        assertThat(again.status()).isEqualTo(302);
        assertThat(again.header("Location")).as("the session still open").isEqualTo(given.checkoutUrl());
        assertThat(sessionsFor(given.donation())).hasSize(1);

        clock.travel(Duration.ofHours(2));
        Api.Answer afterItRanOut = api.get("/donations/" + given.token() + "?lang=en");
        assertThat(afterItRanOut.body()).contains("no longer open", "id=\"pay-by-card\"");
        Api.Answer renewed = payAgain(given);
        assertThat(renewed.status()).isEqualTo(302);
        assertThat(renewed.header("Location")).startsWith("https://checkout.stripe.com/").isNotEqualTo(given.checkoutUrl());
        assertThat(sessionsFor(given.donation())).hasSize(2);
        assertThat(sessionsFor(given.donation()).get(1).getHeader("Idempotency-Key")).endsWith("-2");
        assertThat(donations.byId(given.donation().id()).orElseThrow().checkoutAttempt()).isEqualTo(2);
    }

    @Test
    void aSignedCompletedEventReceivesTheDonationAndIssuesOneReceiptHoweverOftenItComes() {
        Given given = giveByCard("25", "Grace Hopper", "grace@example.org");
        long issuedBefore = receiptsIssued();
        long feesBefore = books.year(books.currentYear()).donationCardFees().amountMinor();
        String intent = intent();
        String completed = event("checkout.session.completed", given, 2500, "eur", intent);

        Api.Answer first = deliverAndApply(completed);
        Api.Answer again = deliverAndApply(completed);
        String asyncEvent = event("checkout.session.async_payment_succeeded", given, 2500, "eur", intent);
        Api.Answer asyncToo = deliverAndApply(asyncEvent);

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().get("received").asString()).isEqualTo("STORED");
        assertThat(again.json().get("received").asString()).isEqualTo("ALREADY_RECEIVED");
        assertThat(asyncToo.json().get("received").asString()).isEqualTo("STORED");
        Donation received = donations.byId(given.donation().id()).orElseThrow();
        assertThat(received.status()).isEqualTo(DonationStatus.RECEIVED);
        assertThat(received.receiptNumber()).get().asString().matches("D\\d{4}-\\d{6}");
        assertThat(received.paidReference()).contains(intent);
        assertThat(receiptsIssued()).as("one receipt").isEqualTo(issuedBefore + 1);
        assertThat(jdbc.queryForMap("SELECT donation_id, order_id, outcome, amount_minor, fee_minor FROM card_payments"
                + " WHERE payment_intent = ?", intent))
                .containsEntry("donation_id", received.id().toString()).containsEntry("order_id", null)
                .containsEntry("outcome", "DONATION_RECEIVED").containsEntry("amount_minor", 2500L)
                .containsEntry("fee_minor", FakeStripe.FEE);
        assertThat(books.year(books.currentYear()).donationCardFees().amountMinor() - feesBefore)
                .as("Stripe's fee on the donation, once, in the treasurer's books").isEqualTo(FakeStripe.FEE);
        assertThat(jdbc.queryForList("SELECT outcome FROM stripe_events WHERE id IN (?, ?) ORDER BY outcome", String.class,
                eventId(completed), eventId(asyncEvent))).containsExactly("ALREADY_RECORDED", "DONATION_RECEIVED");
        assertThat(mails.byKey("donation:" + received.id() + ":RECEIVED")).isPresent();
        assertThat(api.get("/donations/" + given.token() + "?lang=en").body())
                .contains("We received your donation", "id=\"paid-by-card\"", "Paid by card.", "id=\"receipt-download\"");
        assertThat(api.download("/donations/" + given.token() + "/receipt", null, Map.of()).status()).isEqualTo(200);
    }

    @Test
    void anotherAmountLeavesTheDonationPendingAndTellsTheAdministrators() {
        Given given = giveByCard("50", "Alan Turing", "alan@example.org");
        long issuedBefore = receiptsIssued();
        String intent = intent();

        Api.Answer delivered = deliverAndApply(event("checkout.session.completed", given, 500, "eur", intent));

        assertThat(delivered.status()).isEqualTo(200);
        Donation still = donations.byId(given.donation().id()).orElseThrow();
        assertThat(still.status()).isEqualTo(DonationStatus.PENDING);
        assertThat(still.receiptNumber()).isEmpty();
        assertThat(receiptsIssued()).isEqualTo(issuedBefore);
        assertThat(jdbc.queryForObject("SELECT outcome FROM card_payments WHERE payment_intent = ?", String.class, intent))
                .isEqualTo("DONATION_MISMATCH");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM mail_outbox WHERE dedup_key LIKE ?", Integer.class,
                "payment:" + intent + ":DONATION_MISMATCH:%")).as("every administrator told").isPositive();

        Api.Answer otherCurrency = deliverAndApply(event("checkout.session.completed", given, 5000, "usd", intent()));
        assertThat(otherCurrency.status()).isEqualTo(200);
        assertThat(donations.byId(given.donation().id()).orElseThrow().status()).isEqualTo(DonationStatus.PENDING);

        Api.Session admin = api.signIn(fixtures.user(Role.ADMIN));
        String adminPage = api.get("/admin/donations?lang=en", admin.headers()).body();
        String row = adminPage.substring(adminPage.indexOf("id=\"donation-" + still.reference() + "\""));
        row = row.substring(0, row.indexOf("</tr>"));
        assertThat(row).contains("class=\"method\"><span>card</span>", "awaiting the card payment", "class=\"cancel-donation\"")
                .as("a card donation is received on Stripe's word, not by hand").doesNotContain("mark-received");
        Api.Answer byHand = api.submit(admin, "/admin/donations/" + still.id() + "/received?lang=en", Map.of());
        assertThat(byHand.status()).isEqualTo(302);
        assertThat(donations.byId(still.id()).orElseThrow().status()).isEqualTo(DonationStatus.PENDING);
    }

    @Test
    void callingOffACardDonationEndsItsOpenSessionAtStripeAndAPaymentMadeMeanwhileIsKeptForAnAdministrator() {
        Given given = giveByCard("25", "Hedy Lamarr", "hedy@example.org");
        String session = given.donation().checkoutSessionId().orElseThrow();
        Api.Session admin = api.signIn(fixtures.user(Role.ADMIN));

        Api.Answer calledOff = api.submit(admin, "/admin/donations/" + given.donation().id() + "/cancel?lang=en", Map.of());

        assertThat(calledOff.status()).isEqualTo(302);
        assertThat(donations.byId(given.donation().id()).orElseThrow().status()).isEqualTo(DonationStatus.CANCELLED);
        assertThat(FakeStripe.requests("POST", SESSIONS + "/" + session + "/expire")).as("its open session ended at Stripe")
                .hasSize(1);
        String intent = intent();
        assertThat(deliverAndApply(event("checkout.session.completed", given, 2500, "eur", intent)).status()).isEqualTo(200);
        assertThat(donations.byId(given.donation().id()).orElseThrow().status()).isEqualTo(DonationStatus.CANCELLED);
        assertThat(jdbc.queryForObject("SELECT outcome FROM card_payments WHERE payment_intent = ?", String.class, intent))
                .isEqualTo("DONATION_NOT_AWAITED");

        Given ranOut = giveByCard("25", "Hedy Lamarr", "hedy@example.org");
        clock.travel(Duration.ofHours(2));
        api.submit(admin, "/admin/donations/" + ranOut.donation().id() + "/cancel?lang=en", Map.of());
        assertThat(FakeStripe.requests("POST", SESSIONS + "/" + ranOut.donation().checkoutSessionId().orElseThrow() + "/expire"))
                .as("a session that ran out is left alone").isEmpty();
    }

    @Test
    void aRefundInStripesDashboardOfAReceivedDonationIsToldToTheAdministratorsOnceAndTheReceiptStays() {
        Given given = giveByCard("40", "Rosalind Franklin", "rosalind@example.org");
        String intent = intent();
        deliverAndApply(event("checkout.session.completed", given, 4000, "eur", intent));
        Donation received = donations.byId(given.donation().id()).orElseThrow();
        String refund = "re_" + UUID.randomUUID().toString().replace("-", "");
        FakeStripe.stub(get(urlPathEqualTo("/v1/refunds")).withQueryParam("charge", equalTo("ch_" + intent))
                .willReturn(FakeStripe.json(FakeStripe.list("/v1/refunds", FakeStripe.refund(refund, intent, 1500)))));
        String refunded = FakeStripe.event("charge.refunded", FakeStripe.charge(intent, 4000, 1500), clock);

        deliverAndApply(refunded);
        deliverAndApply(FakeStripe.event("charge.refunded", FakeStripe.charge(intent, 4000, 1500), clock));

        assertThat(jdbc.queryForObject("SELECT outcome FROM stripe_events WHERE id = ?", String.class, eventId(refunded)))
                .isEqualTo("DONATION_REFUNDS_TOLD_1");
        Donation after = donations.byId(received.id()).orElseThrow();
        assertThat(after.status()).as("the store takes back no receipt").isEqualTo(DonationStatus.RECEIVED);
        assertThat(after.receiptNumber()).isEqualTo(received.receiptNumber());
        List<String> told = jdbc.queryForList("SELECT body_text FROM mail_outbox WHERE dedup_key LIKE ?", String.class,
                "donation-refund:" + refund + ":%");
        assertThat(told).as("each administrator, once, however often Stripe tells").isNotEmpty()
                .hasSize(jdbc.queryForObject("SELECT COUNT(DISTINCT recipient) FROM mail_outbox WHERE dedup_key LIKE ?",
                        Integer.class, "donation-refund:" + refund + ":%"))
                .allSatisfy(body -> assertThat(body).contains("15.00 EUR", received.reference(), "40.00 EUR",
                        received.receiptNumber().orElseThrow(), "/admin/donations"));
    }

    @Test
    void aBankTransferDonationIsStillTheDefaultAndNoSessionIsOpened() {
        Api.Answer page = api.get("/donate?lang=fr");
        assertThat(page.body()).contains("Par carte", "Par virement");
        String cookie = page.header("Set-Cookie").split(";", 2)[0];
        int sessionsBefore = FakeStripe.requests("POST", SESSIONS).size();

        Api.Answer given = api.postForm("/donate?lang=fr", form(page, Map.of("amount", "10", "name", "Marie Curie",
                "email", "marie@example.org")), Map.of("Cookie", cookie));

        assertThat(given.status()).isEqualTo(302);
        String location = java.net.URI.create(given.header("Location")).getPath();
        assertThat(location).startsWith("/donations/");
        assertThat(FakeStripe.requests("POST", SESSIONS)).hasSize(sessionsBefore);
        String token = location.substring("/donations/".length());
        assertThat(donations.byToken(token).orElseThrow().paymentMethod()).isEqualTo(PaymentMethod.BANK_TRANSFER);
        assertThat(api.postForm("/donations/" + token + "/card-checkout?lang=fr", form(page, Map.of()), Map.of("Cookie", cookie))
                .header("Location"))
                .as("a transfer donation is not paid by card").contains("/donations/" + token + "?lang=fr");
        assertThat(FakeStripe.requests("POST", SESSIONS)).hasSize(sessionsBefore);
    }

    // ---- helpers ------------------------------------------------------------------------------------

    Given giveByCard(String euros, String name, String email) {
        Api.Answer page = api.get("/donate?lang=en");
        String cookie = page.header("Set-Cookie").split(";", 2)[0];
        Api.Answer given = api.postForm("/donate?lang=en", form(page, Map.of("amount", "other", "otherAmount", euros,
                "name", name, "email", email, "paymentMethod", "CARD")), Map.of("Cookie", cookie));
        assertThat(given.status()).as(given.body()).isEqualTo(302);
        String checkoutUrl = given.header("Location");
        String sessionId = checkoutUrl.substring(checkoutUrl.lastIndexOf('/') + 1);
        String donationId = jdbc.queryForObject("SELECT id FROM donations WHERE checkout_session_id = ?", String.class,
                sessionId);
        String successUrl = FakeStripe.form(sessionsFor(UUID.fromString(donationId)).get(0)).get("success_url");
        Matcher token = Pattern.compile("/donations/([A-Za-z0-9_-]{43})\\?").matcher(successUrl);
        assertThat(token.find()).isTrue();
        return new Given(donations.byId(UUID.fromString(donationId)).orElseThrow(), token.group(1), cookie, checkoutUrl);
    }

    Api.Answer payAgain(Given given) {
        Api.Answer page = api.get("/donations/" + given.token() + "?lang=en", Map.of("Cookie", given.cookie()));
        return api.postForm("/donations/" + given.token() + "/card-checkout?lang=en", form(page, Map.of()),
                Map.of("Cookie", given.cookie()));
    }

    List<LoggedRequest> sessionsFor(Donation donation) {
        return sessionsFor(donation.id());
    }

    static List<LoggedRequest> sessionsFor(UUID donationId) {
        return FakeStripe.requests("POST", SESSIONS).stream()
                .filter(request -> donationId.toString().equals(FakeStripe.form(request).get("metadata[donation_id]")))
                .toList();
    }

    String event(String type, Given given, long amount, String currency, String paymentIntent) {
        return FakeStripe.event(type, donationSession(given.donation().checkoutSessionId().orElseThrow(),
                given.donation().id(), amount, currency, paymentIntent), clock);
    }

    /** A donation's Checkout Session as Stripe's events carry it: no client reference, the donation in the metadata. */
    static String donationSession(String sessionId, UUID donationId, long amount, String currency, String paymentIntent) {
        return """
                {"id": "%s", "object": "checkout.session", "mode": "payment", "amount_total": %d, "currency": "%s",
                 "client_reference_id": null, "metadata": {"donation_id": "%s", "payment_reference": "DON-XXXXX"},
                 "payment_intent": "%s", "payment_status": "paid", "status": "complete"}"""
                .formatted(sessionId, amount, currency, donationId, paymentIntent);
    }

    static String eventId(String payload) {
        Matcher id = Pattern.compile("\"id\": \"(evt_[^\"]+)\"").matcher(payload);
        assertThat(id.find()).isTrue();
        return id.group(1);
    }

    Api.Answer deliverAndApply(String payload) {
        Api.Answer answer = api.post(WEBHOOK, null, payload, Map.of("Stripe-Signature", FakeStripe.signature(payload, clock)));
        events.applyPending();
        return answer;
    }

    long receiptsIssued() {
        Long issued = jdbc.queryForObject("SELECT COALESCE(SUM(last_seq), 0) FROM document_counters WHERE series = ?",
                Long.class, "DONATION_RECEIPT");
        return issued == null ? 0 : issued;
    }

    static String intent() {
        return "pi_" + UUID.randomUUID().toString().replace("-", "");
    }

    private static Map<String, String> form(Api.Answer page, Map<String, String> fields) {
        Matcher token = CSRF.matcher(page.body());
        assertThat(token.find()).as("the page's CSRF token").isTrue();
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put("_csrf", token.group(1));
        return form;
    }
}
