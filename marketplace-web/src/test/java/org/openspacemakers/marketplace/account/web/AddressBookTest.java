package org.openspacemakers.marketplace.account.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openspacemakers.marketplace.account.AddressBook;
import org.openspacemakers.marketplace.account.AddressFields;
import org.openspacemakers.marketplace.account.Role;
import org.openspacemakers.marketplace.fixtures.Credentials;
import org.openspacemakers.marketplace.fixtures.Fixtures;
import org.openspacemakers.marketplace.support.Api;
import org.openspacemakers.marketplace.support.CheckoutForms;
import org.openspacemakers.marketplace.support.MarketplaceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A buyer keeps a few shipping addresses on their profile, picks one at checkout to fill the
 * shipping fields, and may keep the address typed at checkout; another person's address is not found.
 */
@MarketplaceTest
class AddressBookTest {

    @Autowired
    Api api;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AddressBook addresses;

    @Test
    void aBuyerAddsChangesAndDeletesAddressesAndARefusalNamesItsFields() {
        Credentials buyer = fixtures.user(Role.BUYER);
        Api.Session session = api.signIn(buyer);

        assertThat(api.submit(session, "/account/addresses?lang=en", address("Grace Hopper", "Arlington")).status()).isEqualTo(302);
        String page = api.get("/account?lang=en", session.headers()).body();
        assertThat(page).contains("Grace Hopper").contains("Arlington").contains("Address saved.");
        UUID id = onlyAddressOf(buyer);

        Map<String, String> bad = address("Grace Hopper", " ");
        bad.put("country", "XX");
        api.submit(session, "/account/addresses?lang=en", bad);
        assertThat(api.get("/account?lang=en", session.headers()).body()).contains("city: is required")
                .contains("country: is not an ISO 3166-1");
        assertThat(count(buyer)).as("nothing half stored").isEqualTo(1);

        assertThat(api.submit(session, "/account/addresses/" + id + "?lang=en", address("Grace Hopper", "New York")).status())
                .isEqualTo(302);
        assertThat(jdbc.queryForObject("SELECT city FROM addresses WHERE id = ?", String.class, id.toString())).isEqualTo("New York");

        assertThat(api.submit(session, "/account/addresses/" + id + "/delete?lang=en", Map.of()).status()).isEqualTo(302);
        assertThat(count(buyer)).isZero();
    }

    @Test
    void anotherPersonsAddressIsNotFound() {
        Credentials owner = fixtures.user(Role.BUYER);
        api.submit(api.signIn(owner), "/account/addresses?lang=en", address("Owner", "Lyon"));
        UUID theirs = onlyAddressOf(owner);
        Api.Session stranger = api.signIn(fixtures.user(Role.BUYER));

        assertThat(api.submit(stranger, "/account/addresses/" + theirs + "?lang=en", address("Thief", "Nice")).status()).isEqualTo(404);
        assertThat(api.submit(stranger, "/account/addresses/" + theirs + "?lang=en", address("Thief", "")).status()).isEqualTo(404);
        assertThat(api.submit(stranger, "/account/addresses/" + theirs + "/delete?lang=en", Map.of()).status()).isEqualTo(404);
        assertThat(api.get("/checkout?address=" + theirs, stranger.headers()).status()).isEqualTo(404);
        assertThat(jdbc.queryForObject("SELECT city FROM addresses WHERE id = ?", String.class, theirs.toString())).isEqualTo("Lyon");
    }

    @Test
    void theBookHoldsTenAddressesAtMost() {
        Credentials buyer = fixtures.user(Role.BUYER);
        Api.Session session = api.signIn(buyer);
        for (int i = 0; i < AddressBook.MAX_ADDRESSES; i++) {
            addresses.add(buyer.id(), new AddressFields("Person " + i, "1 Compiler Street", "", "59000", "Lille", "FR"));
        }

        api.submit(session, "/account/addresses?lang=en", address("One too many", "Lille"));

        assertThat(count(buyer)).isEqualTo(AddressBook.MAX_ADDRESSES);
        assertThat(api.get("/account?lang=en", session.headers()).body()).contains("address: the address book is full");
    }

    @Test
    void checkoutFillsTheShippingFieldsFromASavedAddressAndKeepsATypedOne() {
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        Credentials buyer = fixtures.user(Role.BUYER);
        Api.Session session = api.signIn(buyer);
        api.submit(session, "/account/addresses?lang=en", address("Katherine Johnson", "Bordeaux"));
        UUID saved = onlyAddressOf(buyer);

        String checkout = api.get("/orders/new?lang=en&offer=" + listing.fullKit().id() + "&address=" + saved, session.headers()).body();
        assertThat(checkout).contains("id=\"use-address\"").contains("value=\"Katherine Johnson\"").contains("value=\"Bordeaux\"");

        Map<String, String> form = CheckoutForms.oneOffer(listing.fullKit().id(), 1, listing.fullKit().price().amountMinor());
        form.put("city", "Toulouse");
        form.put("saveAddress", "true");
        Api.Answer placed = api.submit(session, "/checkout?lang=en", form);

        assertThat(placed.status()).isEqualTo(302);
        assertThat(placed.header("Location")).contains("/orders/");
        assertThat(jdbc.queryForList("SELECT city FROM addresses WHERE user_id = ? ORDER BY created_at", String.class,
                buyer.id().toString())).containsExactlyInAnyOrder("Bordeaux", "Toulouse");
    }

    @Test
    void theApiKeepsTheSameBookWithTheSameChecks() {
        Credentials buyer = fixtures.user(Role.BUYER);
        Credentials stranger = fixtures.user(Role.BUYER);

        Api.Answer added = api.post("/api/v1/me/addresses", buyer, """
                {"name":"Hedy Lamarr","line1":"3 Frequency Lane","postalCode":"1010","city":"Wien","country":"at"}""");
        assertThat(added.status()).isEqualTo(201);
        assertThat(added.json().get("country").asString()).isEqualTo("AT");
        String id = added.json().get("id").asString();
        Api.Answer refused = api.post("/api/v1/me/addresses", buyer, """
                {"name":" ","line1":"3 Frequency Lane","postalCode":"1010","city":"Wien","country":"XX"}""");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.codes("errors")).containsExactlyInAnyOrder("name", "country");

        assertThat(api.put("/api/v1/me/addresses/" + id, buyer, """
                {"name":"Hedy Lamarr","line1":"4 Frequency Lane","postalCode":"1010","city":"Wien","country":"AT"}""")
                .json().get("line1").asString()).isEqualTo("4 Frequency Lane");
        assertThat(api.get("/api/v1/me/addresses", buyer).json().findValuesAsString("id")).containsExactly(id);
        assertThat(api.get("/api/v1/me/addresses", stranger).json().findValuesAsString("id")).isEmpty();
        assertThat(api.put("/api/v1/me/addresses/" + id, stranger, """
                {"name":"Thief","line1":"x","postalCode":"1","city":"x","country":"AT"}""").status()).isEqualTo(404);
        assertThat(api.call("DELETE", "/api/v1/me/addresses/" + id, stranger, Map.of()).status()).isEqualTo(404);

        assertThat(api.call("DELETE", "/api/v1/me/addresses/" + id, buyer, Map.of()).status()).isEqualTo(204);
        assertThat(count(buyer)).isZero();
    }

    private static Map<String, String> address(String name, String city) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("line1", "1 Compiler Street");
        fields.put("line2", "");
        fields.put("postalCode", "59000");
        fields.put("city", city);
        fields.put("country", "FR");
        return fields;
    }

    private UUID onlyAddressOf(Credentials who) {
        return UUID.fromString(jdbc.queryForObject("SELECT id FROM addresses WHERE user_id = ?", String.class, who.id().toString()));
    }

    private int count(Credentials who) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM addresses WHERE user_id = ?", Integer.class, who.id().toString());
    }
}
