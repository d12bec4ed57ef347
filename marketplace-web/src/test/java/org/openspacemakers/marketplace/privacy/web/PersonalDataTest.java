package org.openspacemakers.marketplace.privacy.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openspacemakers.marketplace.account.AccessTokens;
import org.openspacemakers.marketplace.account.Role;
import org.openspacemakers.marketplace.catalog.Money;
import org.openspacemakers.marketplace.donation.Donation;
import org.openspacemakers.marketplace.donation.Donations;
import org.openspacemakers.marketplace.donation.Pledge;
import org.openspacemakers.marketplace.fixtures.Credentials;
import org.openspacemakers.marketplace.fixtures.Fixtures;
import org.openspacemakers.marketplace.support.Api;
import org.openspacemakers.marketplace.support.MarketplaceTest;
import org.openspacemakers.marketplace.support.OrderBodies;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A person downloads their own data and erases their account, on the profile and through the API:
 * the export holds their orders and nothing of another person's; the erasure anonymises the account
 * while a delivered, invoiced order, its invoice and its units survive, and is refused while an
 * order is in progress, for a team member, and with a wrong password (naming the field).
 */
@MarketplaceTest
class PersonalDataTest {

    private static final String PASSING_UNIT = "{\"lineNo\":0,\"firmwareVersion\":\"1.0\",\"result\":\"PASSED\"}";

    @Autowired
    Api api;
    @Autowired
    Fixtures fixtures;
    @Autowired
    AccessTokens tokens;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Donations donations;

    @Test
    void theExportHoldsThePersonsOwnOrdersAddressesAndTokensAndNothingOfAnothers() {
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        Credentials buyer = fixtures.user(Role.BUYER);
        Credentials other = fixtures.user(Role.BUYER);
        String mine = place(listing, buyer);
        String theirs = place(listing, other);
        Api.Session session = api.signIn(buyer);
        api.submit(session, "/account/addresses?lang=en", Map.of("name", "Ada Lovelace", "line1", "12 Analytical Row",
                "postalCode", "75002", "city", "Paris", "country", "FR"));
        tokens.create(buyer.id(), "ci-script");
        String given = give(buyer).donation().reference();
        String notMine = give(other).donation().reference();

        Api.Answer export = api.get("/api/v1/me/data", buyer);

        assertThat(export.status()).isEqualTo(200);
        assertThat(export.header("Content-Disposition")).contains("attachment").contains("personal-data.json");
        JsonNode data = export.json();
        assertThat(data.get("account").get("email").asString()).isEqualTo(buyer.email());
        assertThat(data.get("orders").findValuesAsString("id")).contains(mine).doesNotContain(theirs);
        assertThat(data.get("account").get("addresses").findValuesAsString("line1")).containsExactly("12 Analytical Row");
        assertThat(data.get("account").get("accessTokens").findValuesAsString("name")).contains("ci-script");
        assertThat(data.get("donations").findValuesAsString("reference")).containsExactly(given).doesNotContain(notMine);
        String hash = jdbc.queryForObject("SELECT token_hash FROM access_tokens WHERE user_id = ? AND name = 'ci-script'",
                String.class, buyer.id().toString());
        assertThat(export.body()).doesNotContain(hash).doesNotContain(other.email()).doesNotContain("password");

        Api.Answer page = api.get("/account/data", session.headers());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Disposition")).contains("personal-data.json");
        assertThat(page.json().get("orders").findValuesAsString("id")).contains(mine).doesNotContain(theirs);
        assertThat(api.get("/account?lang=en", session.headers()).body()).contains("id=\"download-data\"")
                .contains("id=\"erasure-form\"");
    }

    @Test
    void erasingABuyerKeepsTheirDeliveredOrderItsInvoiceAndItsUnitsAndFreesTheirEmail() {
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        Credentials buyer = fixtures.user(Role.BUYER);
        String order = delivered(listing, buyer);
        String invoiceBefore = jdbc.queryForObject("SELECT CONCAT(number, '|', buyer_name, '|', buyer_address, '|', total_minor)"
                + " FROM invoices WHERE order_id = ?", String.class, order);
        int units = jdbc.queryForObject("SELECT COUNT(*) FROM order_units WHERE order_id = ?", Integer.class, order);
        Api.Session session = api.signIn(buyer);
        api.submit(session, "/account/addresses?lang=en", Map.of("name", "Ada Lovelace", "line1", "12 Analytical Row",
                "postalCode", "75002", "city", "Paris", "country", "FR"));
        tokens.create(buyer.id(), "script");
        Donation pending = give(buyer).donation();
        Donation received = donations.receive(give(buyer).donation().id(), null, null);

        Api.Answer wrong = api.post("/api/v1/me/erasure", buyer, "{\"password\":\"not-the-password\"}");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.codes("errors")).containsExactly("password");
        assertThat(emailOf(buyer)).as("nothing changed").isEqualTo(buyer.email());

        assertThat(api.post("/api/v1/me/erasure", buyer, "{\"password\":\"" + buyer.password() + "\"}").status()).isEqualTo(204);

        assertThat(emailOf(buyer)).isEqualTo("erased-" + buyer.id() + "@invalid");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM users WHERE email = ?", Integer.class, buyer.email()))
                .as("the e-mail is free again").isZero();
        assertThat(jdbc.queryForObject("SELECT display_name FROM users WHERE id = ?", String.class, buyer.id().toString()))
                .isEqualTo("Erased account");
        assertThat(jdbc.queryForObject("SELECT erased_at IS NOT NULL AND disabled_at IS NOT NULL FROM users WHERE id = ?",
                Boolean.class, buyer.id().toString())).isTrue();
        assertThat(count("SELECT COUNT(*) FROM addresses WHERE user_id = ?", buyer.id())).isZero();
        assertThat(count("SELECT COUNT(*) FROM access_tokens WHERE user_id = ?", buyer.id())).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM security_events WHERE email = ?", Integer.class, buyer.email()))
                .isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM mail_outbox WHERE recipient = ?", Integer.class, buyer.email()))
                .isZero();
        // what the law requires stays
        assertThat(jdbc.queryForObject("SELECT status FROM orders WHERE id = ?", String.class, order)).isEqualTo("DELIVERED");
        assertThat(jdbc.queryForObject("SELECT ship_name FROM orders WHERE id = ?", String.class, order))
                .as("a paid order keeps the address its invoice carries").isEqualTo("Ada Lovelace");
        assertThat(jdbc.queryForObject("SELECT CONCAT(number, '|', buyer_name, '|', buyer_address, '|', total_minor)"
                + " FROM invoices WHERE order_id = ?", String.class, order)).isEqualTo(invoiceBefore);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM order_units WHERE order_id = ?", Integer.class, order))
                .isEqualTo(units).isPositive();
        assertThat(jdbc.queryForObject("SELECT CONCAT(status, '|', donor_name, '|', donor_email) FROM donations WHERE id = ?",
                String.class, pending.id().toString())).as("a donation never received forgets its donor").isEqualTo("CANCELLED||");
        assertThat(jdbc.queryForObject("SELECT CONCAT(status, '|', donor_name, '|', receipt_number) FROM donations WHERE id = ?",
                String.class, received.id().toString())).as("a received one stays, as its receipt")
                .isEqualTo("RECEIVED|Ada Lovelace|" + received.receiptNumber().orElseThrow());
        // and the person signs in nowhere
        assertThat(api.get("/api/v1/orders/" + order, Map.of("Authorization", basic(buyer))).status()).isEqualTo(401);
        assertThat(api.get("/account", session.headers()).status()).as("the page session ended").isEqualTo(302);
        assertThat(api.post("/api/v1/users/" + buyer.id() + "/enable", fixtures.user(Role.ADMIN), "").codes("errors"))
                .as("an erased account does not work again").containsExactly("account");
    }

    @Test
    void erasureOnTheProfileAsksThePasswordAndAConfirmationThenEndsTheSession() {
        Credentials buyer = fixtures.user(Role.BUYER);
        Credentials other = fixtures.user(Role.BUYER);
        Api.Session session = api.signIn(buyer);

        Api.Answer unconfirmed = api.submit(session, "/account/erasure?lang=en", Map.of("password", buyer.password()));
        assertThat(unconfirmed.status()).isEqualTo(302);
        assertThat(api.get("/account?lang=en", session.headers()).body()).contains("confirm: tick the box");
        Api.Answer othersPassword = api.submit(session, "/account/erasure?lang=en",
                Map.of("password", other.password() + "x", "confirm", "true"));
        assertThat(othersPassword.status()).isEqualTo(302);
        assertThat(api.get("/account?lang=en", session.headers()).body()).contains("password: is not this account");
        assertThat(emailOf(buyer)).isEqualTo(buyer.email());

        Api.Answer erased = api.submit(session, "/account/erasure?lang=en",
                Map.of("password", buyer.password(), "confirm", "true"));

        assertThat(erased.status()).isEqualTo(302);
        assertThat(erased.header("Location")).contains("/privacy").contains("erased");
        assertThat(api.get("/privacy?lang=en&erased").body()).contains("Your account was deleted");
        assertThat(api.get("/account", session.headers()).status()).as("signed out").isEqualTo(302);
        assertThat(emailOf(buyer)).startsWith("erased-");
        assertThat(emailOf(other)).as("another person is untouched").isEqualTo(other.email());
    }

    @Test
    void erasureForgetsEveryAddressTheAccountHadAndEndsItsSessionsEverywhere() {
        String first = "erasure-" + UUID.randomUUID() + "@test.example";
        String second = "erasure-" + UUID.randomUUID() + "@test.example";
        String password = "violet-kettle-marching-42";
        assertThat(api.post("/api/v1/accounts", null, "{\"email\":\"" + first + "\",\"password\":\"" + password
                + "\",\"name\":\"Grace\"}").status()).isEqualTo(201);
        assertThat(api.post("/api/v1/accounts/verify", null, "{\"token\":\"" + mailedToken(first) + "\"}").status()).isEqualTo(204);
        Api.Session before = api.signIn(new Credentials(null, first, password));
        api.submit(before, "/account/email", Map.of("currentPassword", password, "newEmail", second));
        assertThat(api.post("/api/v1/accounts/verify", null, "{\"token\":\"" + mailedToken(second) + "\"}").status()).isEqualTo(204);
        Credentials moved = new Credentials(null, second, password);
        Api.Session after = api.signIn(moved);
        String id = jdbc.queryForObject("SELECT id FROM users WHERE email = ?", String.class, second);

        assertThat(api.post("/api/v1/me/erasure", moved, "{\"password\":\"" + password + "\"}").status()).isEqualTo(204);

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM mail_outbox WHERE recipient IN (?, ?)", Integer.class, first, second))
                .as("the mails to the former address too").isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM security_events WHERE email IN (?, ?) OR INSTR(detail, ?) > 0"
                + " OR INSTR(detail, ?) > 0", Integer.class, first, second, first, second)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM account_tokens WHERE user_id = ?", Integer.class, id)).isZero();
        assertThat(api.get("/account", after.headers()).status()).as("its page session ended").isEqualTo(302);
    }

    private String mailedToken(String recipient) {
        String text = jdbc.queryForObject("SELECT body_text FROM mail_outbox WHERE recipient = ? ORDER BY created_at DESC LIMIT 1",
                String.class, recipient);
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("token=([A-Za-z0-9_-]+)").matcher(text);
        assertThat(token.find()).as("a link in " + text).isTrue();
        return token.group(1);
    }

    @Test
    void erasureIsRefusedWhileAnOrderIsInProgressAndForATeamMember() {
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        Credentials buyer = fixtures.user(Role.BUYER);
        place(listing, buyer);

        Api.Answer running = api.post("/api/v1/me/erasure", buyer, "{\"password\":\"" + buyer.password() + "\"}");
        assertThat(running.status()).isEqualTo(409);
        assertThat(running.codes("reasons")).containsExactly("INVALID_STATE");
        assertThat(running.body()).contains("an order is in progress");
        assertThat(emailOf(buyer)).isEqualTo(buyer.email());

        Api.Answer member = api.post("/api/v1/me/erasure", listing.maker(),
                "{\"password\":\"" + listing.maker().password() + "\"}");
        assertThat(member.status()).isEqualTo(409);
        assertThat(member.body()).contains(listing.team().name());
        assertThat(emailOf(listing.maker())).isEqualTo(listing.maker().email());
    }

    @Test
    void anUnpaidCancelledOrderLosesItsShippingAddressWithTheAccount() {
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        Credentials buyer = fixtures.user(Role.BUYER);
        String order = place(listing, buyer);
        assertThat(api.post("/api/v1/orders/" + order + "/cancel", buyer, "").status()).isEqualTo(200);

        assertThat(api.post("/api/v1/me/erasure", buyer, "{\"password\":\"" + buyer.password() + "\"}").status()).isEqualTo(204);

        assertThat(jdbc.queryForObject("SELECT CONCAT(status, '|', ship_name, '|', ship_line1, '|', ship_country) FROM orders"
                + " WHERE id = ?", String.class, order)).isEqualTo("CANCELLED|Erased|Erased|FR");
    }

    private String place(Fixtures.Listing listing, Credentials buyer) {
        return api.placeOrder(buyer, UUID.randomUUID().toString(), OrderBodies.orderBody(listing.fullKit().id(), 1, "FR"))
                .json().get("id").asString();
    }

    /** An order paid, assembled, tested, shipped and delivered: invoiced, with its unit. */
    private String delivered(Fixtures.Listing listing, Credentials buyer) {
        String id = place(listing, buyer);
        String path = "/api/v1/orders/" + id + "/";
        assertThat(api.post(path + "bank-transfer/confirm", fixtures.user(Role.ADMIN), "").status()).isEqualTo(200);
        assertThat(api.post(path + "assembly/start", listing.maker(), "").status()).isEqualTo(200);
        assertThat(api.post(path + "units", listing.maker(), PASSING_UNIT).status()).isEqualTo(201);
        assertThat(api.post(path + "tested", listing.maker(), "").status()).isEqualTo(200);
        assertThat(api.post(path + "shipment", listing.maker(), "{\"carrier\":\"La Poste\",\"trackingNumber\":\"6A0000000002\"}")
                .status()).isEqualTo(200);
        assertThat(api.post(path + "delivered", listing.maker(), "").status()).isEqualTo(200);
        return id;
    }

    private String emailOf(Credentials who) {
        return jdbc.queryForObject("SELECT email FROM users WHERE id = ?", String.class, who.id().toString());
    }

    private int count(String sql, UUID user) {
        return jdbc.queryForObject(sql, Integer.class, user.toString());
    }

    private static String basic(Credentials who) {
        return "Basic " + Base64.getEncoder().encodeToString((who.email() + ":" + who.password()).getBytes(StandardCharsets.UTF_8));
    }

    private Donations.Pledged give(Credentials donor) {
        return donations.pledge(new Pledge(Money.euros(1500), "Ada Lovelace", donor.email(), null, null, null, null, null,
                donor.id(), java.util.Locale.ENGLISH));
    }
}
