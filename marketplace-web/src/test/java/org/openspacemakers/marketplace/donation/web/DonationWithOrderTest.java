package org.openspacemakers.marketplace.donation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openspacemakers.marketplace.support.OrderBodies.orderBody;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openspacemakers.marketplace.account.Role;
import org.openspacemakers.marketplace.donation.Donation;
import org.openspacemakers.marketplace.donation.DonationStatus;
import org.openspacemakers.marketplace.donation.Donations;
import org.openspacemakers.marketplace.fixtures.Credentials;
import org.openspacemakers.marketplace.fixtures.Fixtures;
import org.openspacemakers.marketplace.order.PaymentMethod;
import org.openspacemakers.marketplace.support.Api;
import org.openspacemakers.marketplace.support.CheckoutForms;
import org.openspacemakers.marketplace.support.MarketplaceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A donation added to an order, through the store's own endpoints: the order's total stays the
 * sale's, what the buyer pays is the total plus the donation; once paid, the donation is received
 * with its own receipt, counted in the books as a donation (not as sales), shown apart on the
 * invoice, and left alone by a refund of the order. Bad donations are refused naming the field,
 * with nothing stored. The fixture's full kit costs 25.00 EUR, shipped to France for 6.90 EUR.
 */
@MarketplaceTest
class DonationWithOrderTest {

    private static final long KIT_TO_FRANCE = 2_500 + CheckoutForms.FRANCE_STANDARD;

    @Autowired
    Api api;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Donations donations;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aDonationIsPaidWithTheOrderReceivedWithItsReceiptAndCountedAsADonation() {
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        Credentials buyer = fixtures.user(Role.BUYER);
        Credentials admin = fixtures.user(Role.ADMIN);
        JsonNode before = api.get("/api/v1/transparency").json();

        Api.Answer placed = api.placeOrder(buyer, UUID.randomUUID().toString(), withDonation(listing, 1_500, "EUR"));

        assertThat(placed.status()).as(placed.body()).isEqualTo(201);
        String order = placed.json().get("id").asString();
        assertThat(amount(placed.json().get("total"))).as("the sale's total").isEqualTo(KIT_TO_FRANCE);
        assertThat(amount(placed.json().get("donation"))).isEqualTo(1_500);
        assertThat(amount(placed.json().get("amountDue"))).isEqualTo(KIT_TO_FRANCE + 1_500);
        assertThat(donations.ofOrder(UUID.fromString(order))).as("received only once paid").isEmpty();
        Api.Session buyerSession = api.signIn(buyer);
        String page = api.get("/orders/" + order + "?lang=en", buyerSession.headers()).body();
        assertThat(page).contains("id=\"order-total\">31.90 EUR<", "id=\"order-donation\">15.00 EUR<",
                "id=\"order-due\">46.90 EUR<", "id=\"transfer-amount\">46.90 EUR<");

        assertThat(api.post("/api/v1/orders/" + order + "/bank-transfer/confirm", admin, "").status()).isEqualTo(200);

        Donation received = donations.ofOrder(UUID.fromString(order)).orElseThrow();
        assertThat(received.status()).isEqualTo(DonationStatus.RECEIVED);
        assertThat(received.amount().amountMinor()).isEqualTo(1_500);
        assertThat(received.receiptNumber()).hasValueSatisfying(number -> assertThat(number).matches("D\\d{4}-\\d{6}"));
        assertThat(received.donorName()).isEqualTo("Ada Lovelace");
        assertThat(received.donorEmail()).isEqualTo(buyer.email());
        assertThat(jdbc.queryForObject("SELECT payment_method FROM donations WHERE order_id = ?", String.class, order))
                .isEqualTo(PaymentMethod.BANK_TRANSFER.name());
        JsonNode after = api.get("/api/v1/transparency").json();
        assertThat(amount(after.get("donations")) - amount(before.get("donations"))).isEqualTo(1_500);
        assertThat(amount(after.get("fundedBySales")) - amount(before.get("fundedBySales")))
                .as("the association's share of one kit, not the donation").isEqualTo(250);

        page = api.get("/orders/" + order + "?lang=en", buyerSession.headers()).body();
        assertThat(page).contains("id=\"order-donation-receipt\"",
                "/account/donations/" + received.id() + "/receipt", received.receiptNumber().orElseThrow());
        assertThat(api.get("/admin/donations?lang=en", api.signIn(admin).headers()).body())
                .as("the treasurer sees the donation's order").contains("href=\"/orders/" + order + "?lang=en\"");
        Api.Answer receipt = api.get("/account/donations/" + received.id() + "/receipt", buyerSession.headers());
        assertThat(receipt.status()).isEqualTo(200);
        assertThat(receipt.header("Content-Type")).isEqualTo("application/pdf");
        String invoice = pdfText(api.download("/api/v1/orders/" + order + "/invoice", buyer, Map.of()).body());
        assertThat(invoice).contains("31,90", "Donation to the association", "46,90");

        Api.Answer tooMuch = refund(order, KIT_TO_FRANCE + 1, admin);
        assertThat(tooMuch.status()).as("the donation is no part of a refund").isEqualTo(400);
        assertThat(tooMuch.json().get("errors").get(0).get("field").asString()).isEqualTo("amount");
        assertThat(refund(order, KIT_TO_FRANCE, admin).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/orders/" + order, buyer).json().get("status").asString())
                .as("the sale refunded in full").isEqualTo("REFUNDED");
        assertThat(donations.ofOrder(UUID.fromString(order)).orElseThrow().status()).isEqualTo(DonationStatus.RECEIVED);
    }

    @Test
    void aProfessionalsDonationIsTheCompanysNamedByTheSirenWithinItsFrenchVatNumber() {
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        Credentials buyer = fixtures.user(Role.BUYER);
        Credentials admin = fixtures.user(Role.ADMIN);
        String body = withDonation(listing, 2_000, "EUR").replace("\"buyerType\":\"CONSUMER\",",
                "\"company\":{\"name\":\"Atelier Ada\",\"vatNumber\":\"FR40303265045\"},\"buyerType\":\"PROFESSIONAL\",");

        Api.Answer placed = api.placeOrder(buyer, UUID.randomUUID().toString(), body);

        assertThat(placed.status()).as(placed.body()).isEqualTo(201);
        String order = placed.json().get("id").asString();
        assertThat(api.post("/api/v1/orders/" + order + "/bank-transfer/confirm", admin, "").status()).isEqualTo(200);
        Donation received = donations.ofOrder(UUID.fromString(order)).orElseThrow();
        assertThat(received.donorName()).isEqualTo("Atelier Ada");
        assertThat(received.donorCompany()).hasValueSatisfying(company -> {
            assertThat(company.identifier()).isEqualTo("303265045");
            assertThat(company.hasSiren()).isTrue();
        });
        assertThat(api.get("/admin/donations?lang=en", api.signIn(admin).headers()).body())
                .contains("class=\"donor-company\">A company: 303265045<");
    }

    @Test
    void anOrderWithoutADonationMakesNone() {
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        Credentials admin = fixtures.user(Role.ADMIN);
        Api.Answer placed = api.placeOrder(fixtures.user(Role.BUYER), UUID.randomUUID().toString(),
                orderBody(listing.fullKit().id(), 1, "FR"));
        String order = placed.json().get("id").asString();
        assertThat(placed.json().get("donation").isNull()).isTrue();
        assertThat(amount(placed.json().get("amountDue"))).isEqualTo(KIT_TO_FRANCE);

        api.post("/api/v1/orders/" + order + "/bank-transfer/confirm", admin, "");

        assertThat(donations.ofOrder(UUID.fromString(order))).isEmpty();
    }

    @Test
    void aBadDonationIsRefusedNamingItsFieldAndNothingIsStored() {
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        Credentials buyer = fixtures.user(Role.BUYER);
        Map<String, String> faults = new LinkedHashMap<>();
        faults.put("{\"amountMinor\":-100,\"currency\":\"EUR\"}", "donation.amountMinor");
        faults.put("{\"amountMinor\":50,\"currency\":\"EUR\"}", "donation");
        faults.put("{\"amountMinor\":1000001,\"currency\":\"EUR\"}", "donation");
        faults.put("{\"amountMinor\":500,\"currency\":\"USD\"}", "donation.currency");
        faults.put("{\"currency\":\"EUR\"}", "donation.amountMinor");
        faults.forEach((donation, field) -> {
            Api.Answer refused = api.placeOrder(buyer, UUID.randomUUID().toString(), orderBody(listing.fullKit().id(), 1, "FR")
                    .replace("\"buyerType\"", "\"donation\":" + donation + ",\"buyerType\""));
            assertThat(refused.status()).as(donation).isEqualTo(400);
            assertThat(refused.json().get("errors").get(0).get("field").asString()).as(donation).isEqualTo(field);
        });
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM orders WHERE buyer_id = ?", Integer.class,
                buyer.id().toString())).isZero();
    }

    @Test
    void theSameKeyWithAnotherDonationIsAnotherRequest() {
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        Credentials buyer = fixtures.user(Role.BUYER);
        String key = UUID.randomUUID().toString();
        Api.Answer first = api.placeOrder(buyer, key, withDonation(listing, 1_000, "EUR"));
        Api.Answer again = api.placeOrder(buyer, key, withDonation(listing, 1_000, "EUR"));
        Api.Answer other = api.placeOrder(buyer, key, withDonation(listing, 2_000, "EUR"));

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("id").asString()).isEqualTo(first.json().get("id").asString());
        assertThat(other.status()).isEqualTo(409);
    }

    @Test
    void theCheckoutOffersNoDonationByDefaultAndSummarisesTheOneChosen() {
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        Credentials buyer = fixtures.user(Role.BUYER);
        Api.Session session = api.signIn(buyer);
        String page = api.get("/orders/new?lang=en&country=FR&offer=" + listing.fullKit().id(), session.headers()).body();
        assertThat(page).contains("value=\"none\" id=\"donation-none\" name=\"donation\" checked=\"checked\"")
                .contains("Add a donation to the association?", "value=\"10\"", "value=\"other\"")
                .doesNotContain("id=\"summary-donation\"");

        Map<String, String> form = CheckoutForms.oneOffer(listing.fullKit().id(), 1, 2_500);
        form.put("donation", "10");
        form.put("review", "summary");
        String reviewed = api.submit(session, "/checkout?lang=en", form).body();
        assertThat(reviewed).contains("id=\"summary-total\">31.90 EUR<", "id=\"summary-donation\">10.00 EUR<",
                "id=\"summary-due\">41.90 EUR<");

        form.put("otherDonation", "7.50");
        form.remove("review");
        Api.Answer twoAmounts = api.submit(session, "/checkout?lang=en", form);
        assertThat(twoAmounts.status()).isEqualTo(400);
        assertThat(twoAmounts.body()).contains("id=\"donation-error\"");

        form.put("donation", "other");
        Api.Answer placed = api.submit(session, "/checkout?lang=en", form);
        assertThat(placed.status()).as(placed.body()).isEqualTo(302);
        String order = placed.header("Location").replaceAll(".*/orders/([0-9a-f-]{36}).*", "$1");
        assertThat(jdbc.queryForObject("SELECT donation_minor FROM orders WHERE id = ?", Long.class, order)).isEqualTo(750);
        assertThat(jdbc.queryForObject("SELECT total_minor FROM orders WHERE id = ?", Long.class, order))
                .isEqualTo(KIT_TO_FRANCE);
    }

    private static String withDonation(Fixtures.Listing listing, long cents, String currency) {
        return orderBody(listing.fullKit().id(), 1, "FR").replace("\"buyerType\"",
                "\"donation\":{\"amountMinor\":%d,\"currency\":\"%s\"},\"buyerType\"".formatted(cents, currency));
    }

    private Api.Answer refund(String order, long cents, Credentials admin) {
        return api.post("/api/v1/orders/" + order + "/refund", admin,
                "{\"amount\":{\"amountMinor\":%d,\"currency\":\"EUR\"},\"reason\":\"Annulée\"}".formatted(cents));
    }

    private static long amount(JsonNode money) {
        return money.get("amountMinor").asLong();
    }

    private static String pdfText(byte[] pdf) {
        try (PdfReader reader = new PdfReader(pdf)) {
            return new PdfTextExtractor(reader).getTextFromPage(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
