package org.openspacemakers.marketplace.shipping.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openspacemakers.marketplace.account.Role;
import org.openspacemakers.marketplace.catalog.Money;
import org.openspacemakers.marketplace.compliance.CountryCode;
import org.openspacemakers.marketplace.shipping.ShippingMethod;
import org.openspacemakers.marketplace.shipping.ShippingRates;
import org.openspacemakers.marketplace.fixtures.Fixtures;
import org.openspacemakers.marketplace.support.Api;
import org.openspacemakers.marketplace.support.MarketplaceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Administrators keep the shipping rates from a page (CSRF, both languages, prices typed in euros):
 * the demo's zones show, a zone and its prices are created, changed and removed, and each bad
 * input is refused naming its field with nothing stored. The zones here cover countries outside
 * the EU, which no order reaches, so that the demo's rates stay as the other tests know them.
 */
@MarketplaceTest
class ShippingPagesTest {

    @Autowired
    Api api;
    @Autowired
    Fixtures fixtures;
    @Autowired
    ShippingRates rates;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void onlyAdministratorsSeeThePageWhichShowsTheDemosZones() {
        Api.Session admin = api.signIn(fixtures.user(Role.ADMIN));

        Api.Answer page = api.get("/admin/shipping?lang=en", admin.headers());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"zone-FR\"").contains("id=\"zone-EU\"").contains("6.90 EUR").contains("17.90 EUR");
        assertThat(api.get("/admin/shipping?lang=fr", admin.headers()).body()).contains("Frais de port").contains("Colis suivi");
        assertThat(api.get("/admin/teams?lang=en", admin.headers()).body()).contains("href=\"/admin/shipping?lang=en\"");
        assertThat(api.get("/admin/shipping", api.signIn(fixtures.user(Role.BUYER)).headers()).status()).isEqualTo(403);
        assertThat(api.get("/admin/shipping").status()).isEqualTo(302);
    }

    @Test
    void aZoneAndItsPricesAreCreatedChangedAndRemoved() {
        Api.Session admin = api.signIn(fixtures.user(Role.ADMIN));
        String zone = zoneCode();

        assertThat(api.submit(admin, "/admin/shipping/zones?lang=en", Map.of("code", zone.toLowerCase(java.util.Locale.ROOT),
                "name", "Alps", "countries", "ch, li")).status()).isEqualTo(302);
        assertThat(api.submit(admin, "/admin/shipping/rates?lang=en", Map.of("zone", zone, "method", "STANDARD",
                "amount", "7,5")).status()).isEqualTo(302);
        assertThat(api.submit(admin, "/admin/shipping/rates?lang=en", Map.of("zone", zone, "method", "TRACKED",
                "amount", "12.40 EUR")).status()).isEqualTo(302);

        String page = api.get("/admin/shipping?lang=en", admin.headers()).body();
        assertThat(page).contains("Saved.").contains("id=\"zone-" + zone + "\"").contains(">Switzerland, Liechtenstein<")
                .contains("7.50 EUR").contains("12.40 EUR");
        assertThat(rates.quote(CountryCode.of("LI"), ShippingMethod.STANDARD)).contains(Money.euros(750));

        api.submit(admin, "/admin/shipping/zones/" + zone + "/rates/TRACKED/remove", Map.of());
        assertThat(rates.quote(CountryCode.of("CH"), ShippingMethod.TRACKED)).isEmpty();
        api.submit(admin, "/admin/shipping/zones?lang=en", Map.of("code", zone, "name", "Switzerland", "countries", "CH"));
        assertThat(rates.quote(CountryCode.of("LI"), ShippingMethod.STANDARD)).isEmpty();
        assertThat(rates.quote(CountryCode.of("CH"), ShippingMethod.STANDARD)).contains(Money.euros(750));
        api.submit(admin, "/admin/shipping/zones/" + zone + "/delete", Map.of());
        assertThat(rates.quote(CountryCode.of("CH"), ShippingMethod.STANDARD)).isEmpty();
        assertThat(api.get("/admin/shipping?lang=en", admin.headers()).body()).doesNotContain("id=\"zone-" + zone + "\"");
    }

    @Test
    void eachBadInputIsRefusedNamingItsFieldAndNothingIsStored() {
        Api.Session admin = api.signIn(fixtures.user(Role.ADMIN));
        String zone = zoneCode();
        Api.Answer created = api.submit(admin, "/admin/shipping/zones", Map.of("code", zone, "name", "Norway", "countries", "NO"));
        api.get(created.header("Location").replaceAll("^https?://[^/]+", ""), admin.headers());
        int before = rows();

        Map<String, Map<String, String>> faults = Map.of(
                "code: is 1 to 20 capital letters", Map.of("code", "not a code!", "name", "X", "countries", "GB"),
                "name: has 1 to 100 characters", Map.of("code", zoneCode(), "name", " ", "countries", "GB"),
                "countries: are ISO 3166-1 alpha-2 country codes, unlike ZZ, FRA", Map.of("code", zoneCode(), "name", "X",
                        "countries", "GB ZZ FRA"),
                "countries: name at least one country", Map.of("code", zoneCode(), "name", "X", "countries", " , "),
                "countries: FR already in the zone FR", Map.of("code", zoneCode(), "name", "X", "countries", "GB FR"));
        faults.forEach((problem, form) -> assertThat(refusal(admin, "/admin/shipping/zones?lang=en", form)).contains(problem));
        assertThat(refusal(admin, "/admin/shipping/rates?lang=en", Map.of("zone", zone, "method", "STANDARD", "amount", "-1")))
                .contains("amount: an amount in euros");
        assertThat(refusal(admin, "/admin/shipping/rates?lang=en", Map.of("zone", zone, "method", "PIGEON", "amount", "3")))
                .contains("method: has a value of the wrong type");
        assertThat(refusal(admin, "/admin/shipping/rates?lang=en", Map.of("zone", "NOWHERE", "method", "STANDARD", "amount", "3")))
                .contains("zone: no such shipping zone");
        assertThat(refusal(admin, "/admin/shipping/zones/NOWHERE/delete?lang=fr", Map.of()))
                .contains("zone: aucune zone de livraison de ce nom");
        assertThat(api.postForm("/admin/shipping/zones/" + zone + "/delete", Map.of(), admin.headers()).status())
                .as("without the CSRF token").isEqualTo(403);

        assertThat(rows()).isEqualTo(before);
        assertThat(rates.zones()).filteredOn(found -> found.code().equals(zone)).singleElement()
                .satisfies(found -> assertThat(found.countries()).containsExactly("NO"));
        api.submit(admin, "/admin/shipping/zones/" + zone + "/delete", Map.of());
    }

    /** What the page says after the refused change it was sent back to. */
    private String refusal(Api.Session admin, String path, Map<String, String> form) {
        Api.Answer refused = api.submit(admin, path, form);
        assertThat(refused.status()).isEqualTo(302);
        String location = refused.header("Location").replaceAll("^https?://[^/]+", "");
        return api.get(location, admin.headers()).body().replace("&#39;", "'");
    }

    private static String zoneCode() {
        return "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
    }

    private int rows() {
        return jdbc.queryForObject("SELECT (SELECT COUNT(*) FROM shipping_zones) + (SELECT COUNT(*) FROM shipping_zone_countries)"
                + " + (SELECT COUNT(*) FROM shipping_rates)", Integer.class);
    }
}
