package org.openspacemakers.marketplace.order.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openspacemakers.marketplace.account.Role;
import org.openspacemakers.marketplace.fixtures.Credentials;
import org.openspacemakers.marketplace.fixtures.Fixtures;
import org.openspacemakers.marketplace.support.Api;
import org.openspacemakers.marketplace.support.CheckoutForms;
import org.openspacemakers.marketplace.support.MarketplaceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** One fault at a time in an otherwise valid order: 400 naming the field, nothing stored. */
@MarketplaceTest
class OrderValidationTest {

    @Autowired
    Api api;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    private Fixtures.Listing listing;
    private Credentials buyer;

    private static final String VALID = """
            {"lines":[{"offerId":"OFFER","quantity":1}],"destinationCountry":"FR","buyerType":"CONSUMER",
             "shippingAddress":{"name":"Ada","line1":"1 rue de la Paix","postalCode":"75002","city":"Paris","country":"FR"}}""";

    @BeforeEach
    void anApprovedBoardAndABuyer() {
        listing = fixtures.approvedListing("FR", "DE");
        buyer = fixtures.user(Role.BUYER);
    }

    static Stream<Arguments> faults() {
        return Stream.of(
                Arguments.of("malformed JSON", "{\"lines\": [", "body"),
                Arguments.of("unknown offer id", VALID.replace("OFFER", UUID.randomUUID().toString()), "lines[0].offerId"),
                Arguments.of("offer id not a UUID", VALID.replace("OFFER", "not-a-uuid"), "lines[0].offerId"),
                Arguments.of("quantity 0", VALID.replace("\"quantity\":1", "\"quantity\":0"), "lines[0].quantity"),
                Arguments.of("quantity 10000", VALID.replace("\"quantity\":1", "\"quantity\":10000"), "lines[0].quantity"),
                Arguments.of("no lines", VALID.replace("[{\"offerId\":\"OFFER\",\"quantity\":1}]", "[]"), "lines"),
                Arguments.of("unknown country code", VALID.replace("\"destinationCountry\":\"FR\"", "\"destinationCountry\":\"XX\""), "destinationCountry"),
                Arguments.of("unknown buyer type", VALID.replace("CONSUMER", "ROBOT"), "buyerType"),
                Arguments.of("missing address field", VALID.replace("\"city\":\"Paris\",", ""), "shippingAddress.city"),
                Arguments.of("destination not the address country", VALID.replace("\"country\":\"FR\"", "\"country\":\"DE\""), "destinationCountry"),
                Arguments.of("unknown payment method", VALID.replace("\"buyerType\"", "\"paymentMethod\":\"CHEQUE\",\"buyerType\""), "paymentMethod"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faults")
    void answersBadRequestNamingTheFieldAndStoresNothing(String fault, String body, String field) {
        String withOffer = body.replace("OFFER", listing.fullKit().id().toString());
        int before = storedRows();

        Api.Answer answer = api.placeOrder(buyer, UUID.randomUUID().toString(), withOffer);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.codes("errors")).contains(field);
        assertThat(answer.body()).doesNotContain("Exception", "at org.", "SQL");
        assertThat(storedRows()).isEqualTo(before);
    }

    @Test
    void theValidBodyItselfIsAccepted() {
        Api.Answer answer = api.placeOrder(buyer, UUID.randomUUID().toString(),
                VALID.replace("OFFER", listing.fullKit().id().toString()));
        assertThat(answer.status()).isEqualTo(201);
    }

    @Test
    void anOrderWithoutIdempotencyKeyIsRefused() {
        int before = storedRows();
        Api.Answer answer = api.placeOrder(buyer, null, VALID.replace("OFFER", listing.fullKit().id().toString()));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.codes("errors")).containsExactly("Idempotency-Key");
        assertThat(storedRows()).isEqualTo(before);
    }

    @Test
    void theOrderPageNamesAMissingFieldInThePagesLanguageAndStoresNothing() {
        int before = storedRows();
        Api.Session session = api.signIn(buyer);
        java.util.Map<String, String> form = CheckoutForms.oneOffer(listing.fullKit().id(), 1, 2_500);
        form.put("name", "");

        Api.Answer french = api.submit(session, "/checkout?lang=fr", form);

        assertThat(french.status()).isEqualTo(400);
        assertThat(french.body()).contains("class=\"field-error\">est obligatoire<").doesNotContain("must not be blank")
                .doesNotContain("ne doit pas être vide");
        form.put("name", "Ada");
        form.put("lines[0].quantity", "beaucoup");
        assertThat(api.submit(session, "/checkout?lang=fr", form).body()).contains("class=\"field-error\">est un nombre entier<");
        assertThat(storedRows()).isEqualTo(before);
    }

    @Test
    void anOrderPageFormWithoutAnOfferItCouldShowIsABadRequestNotAServerError() {
        int before = storedRows();
        Api.Session session = api.signIn(buyer);
        java.util.Map<String, String> form = CheckoutForms.oneOffer(listing.fullKit().id(), 1, 2_500);
        form.remove("lines[0].offerId");

        Api.Answer missing = api.submit(session, "/checkout", form);
        form.put("lines[0].offerId", "not-an-offer");
        Api.Answer unparseable = api.submit(session, "/checkout", form);
        form.put("lines[0].offerId", UUID.randomUUID().toString());
        Api.Answer unknown = api.submit(session, "/checkout", form);

        for (Api.Answer answer : java.util.List.of(missing, unparseable, unknown)) {
            assertThat(answer.status()).isEqualTo(400);
            assertThat(answer.header("Content-Type")).startsWith("text/html");
        }
        assertThat(storedRows()).isEqualTo(before);
    }

    /** The buyer's orders and the lines ordering the listing's offer: this test's own rows. */
    private int storedRows() {
        return jdbc.queryForObject("SELECT (SELECT COUNT(*) FROM orders WHERE buyer_id = ?)"
                + " + (SELECT COUNT(*) FROM order_lines WHERE offer_id = ?)", Integer.class,
                buyer.id().toString(), listing.fullKit().id().toString());
    }
}
