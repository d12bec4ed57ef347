package org.openspacemakers.marketplace.donation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openspacemakers.marketplace.account.Role;
import org.openspacemakers.marketplace.donation.Donation;
import org.openspacemakers.marketplace.donation.DonationStatus;
import org.openspacemakers.marketplace.donation.Donations;
import org.openspacemakers.marketplace.fixtures.Credentials;
import org.openspacemakers.marketplace.fixtures.Fixtures;
import org.openspacemakers.marketplace.notification.Mails;
import org.openspacemakers.marketplace.support.Api;
import org.openspacemakers.marketplace.support.MarketplaceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A donation without an order over HTTP, as a browser gives it: the page (no amount chosen
 * beforehand), the donor's own page with the bank transfer to make, an administrator confirming
 * the money, and the receipt, numbered apart from the invoices, downloadable by its donor alone
 * and mailed to them. Bad input is refused naming its field, and stores nothing.
 */
@MarketplaceTest
class DonationPagesTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern DONOR_PAGE = Pattern.compile("/donations/([A-Za-z0-9_-]{43})\\?lang=en");

    @Autowired
    Api api;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Donations donations;
    @Autowired
    Mails mails;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anyoneGivesByBankTransferAndGetsTheReceiptOnceAnAdministratorSawTheMoney() {
        long donatedBefore = api.get("/api/v1/transparency").json().get("donations").get("amountMinor").asLong();
        Api.Answer page = api.get("/donate?lang=en");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("How much do you give?", "10.00 EUR", "20.00 EUR", "50.00 EUR", "Another amount")
                .contains("does not issue tax receipts");
        String amounts = page.body().substring(page.body().indexOf("id=\"donation-amount\""), page.body().indexOf("id=\"donor\""));
        assertThat(amounts).as("no amount chosen beforehand").doesNotContain("checked");
        String cookie = page.header("Set-Cookie").split(";", 2)[0];
        Map<String, String> form = form(page, Map.of("amount", "20", "name", "Grace Hopper", "email", "grace@example.org"));

        Api.Answer given = api.postForm("/donate?lang=en", form, Map.of("Cookie", cookie));

        assertThat(given.status()).isEqualTo(302);
        Matcher link = DONOR_PAGE.matcher(given.header("Location"));
        assertThat(link.find()).as(given.header("Location")).isTrue();
        String token = link.group(1);
        Donation donation = donations.byToken(token).orElseThrow();
        assertThat(donation.status()).isEqualTo(DonationStatus.PENDING);
        assertThat(donation.amount().amountMinor()).isEqualTo(2000);
        assertThat(donation.userId()).isEmpty();
        Api.Answer donorPage = api.get("/donations/" + token + "?lang=en");
        assertThat(donorPage.status()).isEqualTo(200);
        assertThat(donorPage.body()).contains("id=\"bank-transfer\"", donation.reference(), "20.00 EUR", "awaits your bank transfer");
        assertThat(api.download("/donations/" + token + "/receipt", null, Map.of()).status()).as("no receipt yet").isEqualTo(404);
        assertThat(api.get("/api/v1/transparency").json().get("donations").get("amountMinor").asLong())
                .as("pledged, not received: not in the books").isEqualTo(donatedBefore);

        Api.Session admin = api.signIn(fixtures.user(Role.ADMIN));
        assertThat(api.get("/admin/donations?lang=en", admin.headers()).body()).contains(donation.reference(), "Grace Hopper");
        Api.Answer confirmed = api.submit(admin, "/admin/donations/" + donation.id() + "/received?lang=en", Map.of());
        assertThat(confirmed.status()).isEqualTo(302);

        Donation received = donations.byToken(token).orElseThrow();
        String number = received.receiptNumber().orElseThrow();
        assertThat(number).matches("D\\d{4}-\\d{6}");
        assertThat(api.get("/api/v1/transparency").json().get("donations").get("amountMinor").asLong() - donatedBefore)
                .as("the books count the donation once the money arrived, not before").isEqualTo(2000);
        assertThat(api.get("/donations/" + token + "?lang=en").body()).contains(number, "receipt-download")
                .doesNotContain("id=\"bank-transfer\"");
        Api.Download receipt = api.download("/donations/" + token + "/receipt", null, Map.of());
        assertThat(receipt.status()).isEqualTo(200);
        assertThat(receipt.header("Content-Type")).startsWith("application/pdf");
        assertThat(new String(receipt.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(mails.byKey("donation:" + donation.id() + ":RECEIVED")).get().satisfies(mail -> {
            assertThat(mail.recipient()).isEqualTo("grace@example.org");
            assertThat(mail.text()).contains(number, "/receipt");
        });

        Api.Session stranger = api.signIn(fixtures.user(Role.BUYER));
        assertThat(api.download("/donations/" + "A".repeat(43) + "/receipt", null, Map.of()).status()).isEqualTo(404);
        assertThat(api.get("/donations/not-a-token").status()).isEqualTo(404);
        assertThat(api.download("/account/donations/" + donation.id() + "/receipt", null, stranger.headers()).status())
                .as("another person's receipt").isEqualTo(404);
        assertThat(api.download("/admin/donations/" + donation.id() + "/receipt", null, admin.headers()).status()).isEqualTo(200);
        assertThat(api.submit(admin, "/admin/donations/" + donation.id() + "/received?lang=en", Map.of()).status()).isEqualTo(302);
        assertThat(donations.byToken(token).orElseThrow().receiptNumber()).as("received once").contains(number);
    }

    @Test
    void aSignedInDonorFindsTheirDonationAndReceiptUnderTheirAccount() {
        Credentials donor = fixtures.user(Role.BUYER);
        Api.Session session = api.signIn(donor);
        Api.Answer page = api.get("/donate?lang=fr", session.headers());
        assertThat(page.body()).contains("Combien donnez-vous ?", donor.email());

        Api.Answer given = api.submit(session, "/donate?lang=fr", Map.of("amount", "other", "otherAmount", "12,50",
                "name", "Ada", "email", donor.email()));

        assertThat(given.status()).isEqualTo(302);
        Donation donation = donations.givenBy(donor.id()).get(0);
        assertThat(donation.amount().amountMinor()).isEqualTo(1250);
        assertThat(api.get("/account/donations?lang=fr", session.headers()).body()).contains("12.50 EUR", "en attente du virement");
        donations.receive(donation.id(), null, fixtures.user(Role.ADMIN).id());
        assertThat(api.download("/account/donations/" + donation.id() + "/receipt", null, session.headers()).status())
                .isEqualTo(200);
    }

    @Test
    void badAmountsAreRefusedNamingTheFieldAndNothingIsStored() {
        long before = count();
        for (Map<String, String> typed : java.util.List.of(Map.of("amount", "other", "otherAmount", "0,50"),
                Map.of("amount", "other", "otherAmount", "12000"), Map.of("amount", "other", "otherAmount", "douze"),
                Map.of("amount", "50000"), Map.<String, String>of())) {
            Api.Answer page = api.get("/donate?lang=en");
            String cookie = page.header("Set-Cookie").split(";", 2)[0];
            Map<String, String> fields = new LinkedHashMap<>(typed);
            fields.put("name", "Grace Hopper");
            fields.put("email", "grace@example.org");

            Api.Answer refused = api.postForm("/donate?lang=en", form(page, fields), Map.of("Cookie", cookie));

            assertThat(refused.status()).as(typed.toString()).isEqualTo(400);
            assertThat(refused.body()).as(typed.toString()).contains("id=\"amount-error\"", "is an amount from 1.00 to 10000.00 euros");
        }
        Api.Answer both = api.get("/donate?lang=en");
        Api.Answer twoAmounts = api.postForm("/donate?lang=en", form(both, Map.of("amount", "10", "otherAmount", "25",
                "name", "Grace Hopper", "email", "grace@example.org")), Map.of("Cookie", both.header("Set-Cookie").split(";", 2)[0]));
        assertThat(twoAmounts.status()).isEqualTo(400);
        assertThat(twoAmounts.body()).contains("id=\"amount-error\"", "is one amount");
        Api.Answer page = api.get("/donate?lang=en");
        Api.Answer noEmail = api.postForm("/donate?lang=en", form(page, Map.of("amount", "10", "name", "", "email", "grace@")),
                Map.of("Cookie", page.header("Set-Cookie").split(";", 2)[0]));
        assertThat(noEmail.status()).isEqualTo(400);
        assertThat(noEmail.body()).contains("is required", "is not an e-mail address").doesNotContain("amount-error");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void theDonationFormNeedsItsCsrfToken() {
        long before = count();

        Api.Answer forged = api.postForm("/donate?lang=en", Map.of("amount", "10", "name", "Eve", "email", "eve@example.org"),
                Map.of());

        assertThat(forged.status()).isEqualTo(403);
        assertThat(count()).isEqualTo(before);
    }

    private static Map<String, String> form(Api.Answer page, Map<String, String> fields) {
        Matcher token = CSRF.matcher(page.body());
        assertThat(token.find()).as("the page's CSRF token").isTrue();
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put("_csrf", token.group(1));
        return form;
    }

    private long count() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM donations", Long.class);
    }
}
