package org.openspacemakers.marketplace.order.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.openspacemakers.marketplace.account.Role;
import org.openspacemakers.marketplace.catalog.Listings;
import org.openspacemakers.marketplace.catalog.Money;
import org.openspacemakers.marketplace.catalog.PriceBreakdown;
import org.openspacemakers.marketplace.catalog.VatCategory;
import org.openspacemakers.marketplace.compliance.OfferKind;
import org.openspacemakers.marketplace.fixtures.Credentials;
import org.openspacemakers.marketplace.fixtures.Fixtures;
import org.openspacemakers.marketplace.support.Api;
import org.openspacemakers.marketplace.support.CheckoutForms;
import org.openspacemakers.marketplace.support.MarketplaceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Checkout over HTTP, on the demo's shipping rates (France: 6.90 EUR standard, 9.90 EUR tracked):
 * the summary before the final button gives the lines, where their money goes, the shipping, the
 * total and the lead time; the order is placed at that total only, pays its shipping, keeps the
 * buyer's acceptance of the terms, and leaves the cart without what it ordered. Every bad input is
 * refused naming its field, with nothing stored.
 */
@MarketplaceTest
class CheckoutTest {

    @Autowired
    Api api;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Listings listings;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theSummaryBeforeTheFinalButtonGivesLinesBreakdownShippingTotalAndLeadTime() {
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        Api.Session session = api.signIn(fixtures.user(Role.BUYER));
        api.submit(session, "/cart", Map.of("offer", listing.fullKit().id().toString(), "quantity", "2"));

        String page = api.get("/checkout?lang=en&country=FR", session.headers()).body();

        assertThat(page).contains("class=\"summary-line\"").contains(listing.board().name() + " 1.0")
                .contains("Parts: 10.00 EUR").contains("Assembly labour: 7.00 EUR").contains("The association: 2.50 EUR")
                .contains("id=\"summary-subtotal\">50.00 EUR<")
                .contains("id=\"summary-shipping\">6.90 EUR (Standard parcel)<")
                .contains("id=\"summary-vat\"")
                .contains("id=\"summary-total\">56.90 EUR<")
                .containsPattern("id=\"summary-lead-time\">Lead time: the boards are ready to ship about \\d+ days")
                .contains("name=\"shownTotal\" value=\"5690\"")
                .contains("id=\"place-order\">Order with obligation to pay<")
                .contains("href=\"/terms?lang=en\"");
        assertThat(page.indexOf("id=\"summary\"")).as("the summary comes before the final button")
                .isLessThan(page.indexOf("id=\"place-order\""));
        assertThat(api.get("/checkout?lang=fr&country=FR", session.headers()).body())
                .contains(">Commander avec obligation de paiement<").contains("conditions générales de vente");

        Map<String, String> tracked = new LinkedHashMap<>(Map.of("idempotencyKey", "k", "fromCart", "true",
                "lines[0].offerId", listing.fullKit().id().toString(), "lines[0].quantity", "2", "country", "FR",
                "shippingMethod", "TRACKED", "review", "summary"));
        Api.Answer reviewed = api.submit(session, "/checkout?lang=en", tracked);
        assertThat(reviewed.status()).isEqualTo(200);
        assertThat(reviewed.body()).contains("id=\"summary-total\">59.90 EUR<").doesNotContain("class=\"field-error\"");
    }

    /**
     * The summary's VAT row gives what the order would contain, priced as placing will: the store
     * runs VAT-exempt, so no amount but the franchise's legal mention, in the page's language,
     * whoever buys; before a country is given, nothing is known yet.
     */
    @Test
    void theSummarysVatRowGivesTheFranchisesMentionWhileTheAssociationIsExempt() {
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        Api.Session session = api.signIn(fixtures.user(Role.BUYER));
        String offer = "/orders/new?offer=" + listing.fullKit().id();

        String english = vatCell(api.get(offer + "&lang=en&country=FR", session.headers()).body());
        String french = vatCell(api.get(offer + "&lang=fr&country=FR", session.headers()).body());
        Map<String, String> professional = CheckoutForms.oneOffer(listing.fullKit().id(), 1, 2_500);
        professional.putAll(Map.of("buyerType", "PROFESSIONAL", "companyName", "Ada GmbH", "vatNumber", "DE123456789",
                "review", "summary"));
        Api.Answer reviewed = api.submit(session, "/checkout?lang=en", professional);

        assertThat(english).contains("data-code=\"FRANCHISE\"")
                .contains(">VAT not applicable, art. 293 B of the French tax code (CGI): the association is not registered for VAT.<")
                .as("no amount: the order contains no VAT").doesNotContain("summary-vat-amount").doesNotContain("EUR");
        assertThat(french).contains(">TVA non applicable, art. 293 B du CGI : l&#39;association n&#39;est pas assujettie à la TVA.<");
        assertThat(reviewed.status()).isEqualTo(200);
        assertThat(vatCell(reviewed.body())).as("a company abroad is not reverse-charged by an exempt association")
                .contains("data-code=\"FRANCHISE\"").doesNotContain("REVERSE_CHARGE");
        assertThat(vatCell(api.get(offer + "&lang=en", session.headers()).body())).as("no country yet")
                .contains("not known yet");
    }

    @Test
    void anOrderFromTheCartPaysItsShippingKeepsTheTermsAndLeavesTheRestOfTheCart() {
        Fixtures.Listing ordered = fixtures.approvedListing("FR");
        Fixtures.Listing kept = fixtures.approvedListing("FR");
        Credentials buyer = fixtures.user(Role.BUYER);
        Api.Session session = api.signIn(buyer);
        api.submit(session, "/cart", Map.of("offer", ordered.fullKit().id().toString(), "quantity", "2"));
        api.submit(session, "/cart", Map.of("offer", kept.fullKit().id().toString(), "quantity", "1"));
        Map<String, String> form = CheckoutForms.oneOffer(ordered.fullKit().id(), 2, 2_500);
        form.put("fromCart", "true");
        form.put("shippingMethod", "TRACKED");
        form.put("shownTotal", "5990");

        Api.Answer placed = api.submit(session, "/checkout?lang=en", form);

        assertThat(placed.status()).isEqualTo(302);
        assertThat(placed.header("Location")).contains("/orders/").contains("?placed");
        String orderId = placed.header("Location").replaceAll(".*/orders/([^?]+).*", "$1");
        JsonNode order = api.get("/api/v1/orders/" + orderId, buyer).json();
        assertThat(order.get("total").get("amountMinor").asLong()).isEqualTo(5_990);
        assertThat(order.get("shipping").get("amountMinor").asLong()).isEqualTo(990);
        assertThat(order.get("shippingMethod").asString()).isEqualTo("TRACKED");
        assertThat(order.get("termsAcceptedAt").isNull()).isFalse();
        assertThat(order.get("assemblyServiceConsentAt").isNull()).as("no assembly-only line").isTrue();
        assertThat(api.get("/orders/" + orderId + "?lang=en", session.headers()).body())
                .contains("id=\"order-total\">59.90 EUR<").contains("id=\"order-shipping\">9.90 EUR (Tracked parcel, signed for)<")
                .contains("id=\"order-terms\">accepted on ");
        assertThat(cart(buyer)).as("the cart without what was ordered").containsExactly(Map.entry(kept.fullKit().id().toString(), 1));
    }

    @Test
    void buyingOneOfferAtOnceStillWorksAndLeavesTheCartAlone() {
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        Credentials buyer = fixtures.user(Role.BUYER);
        Api.Session session = api.signIn(buyer);
        api.submit(session, "/cart", Map.of("offer", listing.fullKit().id().toString(), "quantity", "4"));

        String page = api.get("/orders/new?lang=en&country=FR&offer=" + listing.fullKit().id(), session.headers()).body();
        assertThat(page).contains("name=\"lines[0].offerId\" value=\"" + listing.fullKit().id() + "\"")
                .contains("id=\"summary-total\">31.90 EUR<").containsPattern("name=\"fromCart\" value=\"false\"")
                .as("the country chosen among the member states, by name").contains("<option value=\"FR\" selected=\"selected\">France</option>");
        Api.Answer placed = api.submit(session, "/checkout?lang=en", CheckoutForms.oneOffer(listing.fullKit().id(), 1, 2_500));

        assertThat(placed.status()).isEqualTo(302);
        assertThat(cart(buyer)).containsExactly(Map.entry(listing.fullKit().id().toString(), 4));
    }

    @Test
    void aTotalTheSummaryDidNotShowIsNotOrdered() {
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        Credentials buyer = fixtures.user(Role.BUYER);
        Api.Session session = api.signIn(buyer);
        Map<String, String> form = CheckoutForms.oneOffer(listing.fullKit().id(), 1, 2_500);
        int before = storedRows(buyer);

        form.remove("shownTotal");
        Api.Answer notShown = api.submit(session, "/checkout?lang=en", form);
        form.put("shownTotal", "3190");
        form.put("shippingMethod", "TRACKED");
        Api.Answer changed = api.submit(session, "/checkout?lang=en", form);

        for (Api.Answer answer : new Api.Answer[] {notShown, changed}) {
            assertThat(answer.status()).isEqualTo(409);
            assertThat(answer.body()).contains("Please check the summary below").contains("Nothing was ordered");
        }
        assertThat(changed.body()).contains("the total is 34.90 EUR").contains("name=\"shownTotal\" value=\"3490\"");
        assertThat(storedRows(buyer)).isEqualTo(before);
    }

    static Stream<Arguments> faults() {
        return Stream.of(
                Arguments.of("terms not accepted", "termsAccepted", null, "accept the terms of sale to order"),
                Arguments.of("terms refused", "termsAccepted", "false", "accept the terms of sale to order"),
                Arguments.of("no quantity", "lines[0].quantity", null, "is required"),
                Arguments.of("quantity 0", "lines[0].quantity", "0", "is at least 1"),
                Arguments.of("quantity 101", "lines[0].quantity", "101", "is at most 100"),
                Arguments.of("quantity not a number", "lines[0].quantity", "two", "is a whole number"),
                Arguments.of("no buyer type", "buyerType", null, "is required"),
                Arguments.of("no name", "name", "", "is required"),
                Arguments.of("no postal code", "postalCode", null, "is required"),
                Arguments.of("unknown country", "country", "ZZ", "is not an ISO 3166-1 alpha-2 country code"),
                Arguments.of("unknown shipping method", "shippingMethod", "CARRIER_PIGEON", "has a value of the wrong type"),
                Arguments.of("professional without a company", "buyerType", "PROFESSIONAL", "is required to order as a professional"),
                Arguments.of("key too long", "idempotencyKey", "k".repeat(101), "has at most 100 characters"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faults")
    void eachBadInputIsRefusedNamingItsFieldAndNothingIsStored(String fault, String field, String value, String message) {
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        Credentials buyer = fixtures.user(Role.BUYER);
        Api.Session session = api.signIn(buyer);
        api.submit(session, "/cart", Map.of("offer", listing.fullKit().id().toString(), "quantity", "1"));
        Map<String, String> form = CheckoutForms.oneOffer(listing.fullKit().id(), 1, 2_500);
        form.put("fromCart", "true");
        if (value == null) {
            form.remove(field);
        } else {
            form.put(field, value);
        }
        int before = storedRows(buyer);

        Api.Answer refused = api.submit(session, "/checkout?lang=en", form);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.header("Content-Type")).startsWith("text/html");
        assertThat(refused.body()).contains("class=\"field-error\">" + message);
        assertThat(storedRows(buyer)).as("no order, the cart as it was").isEqualTo(before);
        assertThat(cart(buyer)).containsExactly(Map.entry(listing.fullKit().id().toString(), 1));
    }

    @Test
    void anAssemblyOnlyLineNeedsTheConsentToTheServiceStartingWhichTheOrderKeeps() {
        Fixtures.Listing listing = fixtures.draftListing();
        UUID assemblyOnly = listings.offer(listing.maker().id(), listing.revision().id(), OfferKind.ASSEMBLY_ONLY,
                Money.euros(1_500), VatCategory.STANDARD, new PriceBreakdown(0, 300, 800, 200, 200)).id();
        listings.submitForReview(listing.revision().id(), listing.maker().id());
        fixtures.approve(listing, "FR");
        Credentials buyer = fixtures.user(Role.BUYER);
        Api.Session session = api.signIn(buyer);
        assertThat(api.get("/orders/new?lang=en&country=FR&offer=" + assemblyOnly, session.headers()).body())
                .contains("name=\"assemblyServiceConsent\"").contains("id=\"supplied-parts-0\"")
                .contains("I lose my right of withdrawal once the assembly has started");
        Map<String, String> form = CheckoutForms.oneOffer(assemblyOnly, 1, 1_500);
        int before = storedRows(buyer);

        Api.Answer refused = api.submit(session, "/checkout?lang=en", form);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("class=\"field-error\">for an assembly-only board, consent");
        assertThat(storedRows(buyer)).isEqualTo(before);

        form.put("assemblyServiceConsent", "true");
        Api.Answer placed = api.submit(session, "/checkout?lang=en", form);
        assertThat(placed.status()).isEqualTo(302);
        String orderId = placed.header("Location").replaceAll(".*/orders/([^?]+).*", "$1");
        JsonNode order = api.get("/api/v1/orders/" + orderId, buyer).json();
        assertThat(order.get("assemblyServiceConsentAt").asString()).isEqualTo(order.get("placedAt").asString());
        assertThat(api.get("/orders/" + orderId + "?lang=fr", session.headers()).body()).contains("id=\"order-assembly-consent\"");
    }

    @Test
    void anEmptyCartHasNoCheckout() {
        Api.Session session = api.signIn(fixtures.user(Role.BUYER));
        Api.Answer checkout = api.get("/checkout?lang=en", session.headers());
        assertThat(checkout.status()).isEqualTo(302);
        assertThat(checkout.header("Location")).endsWith("/cart?lang=en");
    }

    @Test
    void theTermsOfSaleArePublicInBothLanguages() {
        Api.Answer english = api.get("/terms?lang=en");
        assertThat(english.status()).isEqualTo(200);
        assertThat(english.header("Set-Cookie")).isNull();
        assertThat(english.body()).contains("Terms of sale").contains("Open Space Makers").contains("bank transfer")
                .contains("within 14 days of delivery").contains("lose your right of withdrawal once the assembly has started")
                .contains("2-year legal guarantee").contains("consumer mediator");
        assertThat(api.get("/terms?lang=fr").body()).contains("Conditions générales de vente")
                .contains("dans les 14 jours suivant la livraison").contains("garantie légale de conformité pendant 2 ans")
                .contains("médiateur de la consommation");
    }

    /** The summary's VAT cell, what is between its tags. */
    private static String vatCell(String page) {
        Matcher cell = Pattern.compile("<td id=\"summary-vat\">(.*?)</td>", Pattern.DOTALL).matcher(page);
        assertThat(cell.find()).as("the summary has its VAT row").isTrue();
        return cell.group(1);
    }

    /** The buyer's orders, their lines and cart lines: this test's own rows. */
    private int storedRows(Credentials buyer) {
        return jdbc.queryForObject("SELECT (SELECT COUNT(*) FROM orders WHERE buyer_id = ?)"
                + " + (SELECT COUNT(*) FROM order_lines l JOIN orders o ON o.id = l.order_id WHERE o.buyer_id = ?)"
                + " + (SELECT COUNT(*) FROM cart_items WHERE buyer_id = ?)", Integer.class,
                buyer.id().toString(), buyer.id().toString(), buyer.id().toString());
    }

    private Map<String, Integer> cart(Credentials buyer) {
        Map<String, Integer> lines = new LinkedHashMap<>();
        jdbc.query("SELECT offer_id, quantity FROM cart_items WHERE buyer_id = ? ORDER BY offer_id",
                row -> {
                    lines.put(row.getString(1), row.getInt(2));
                }, buyer.id().toString());
        return lines;
    }
}
