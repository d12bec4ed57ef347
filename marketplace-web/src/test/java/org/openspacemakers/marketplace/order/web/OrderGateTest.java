package org.openspacemakers.marketplace.order.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openspacemakers.marketplace.support.OrderBodies.orderBody;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openspacemakers.marketplace.account.Role;
import org.openspacemakers.marketplace.fixtures.Credentials;
import org.openspacemakers.marketplace.fixtures.DossierFixtures;
import org.openspacemakers.marketplace.fixtures.Fixtures;
import org.openspacemakers.marketplace.support.Api;
import org.openspacemakers.marketplace.support.CheckoutForms;
import org.openspacemakers.marketplace.support.MarketplaceTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Only what a reviewer approved, for that country and kind of buyer, can be ordered. */
@MarketplaceTest
class OrderGateTest {

    @Autowired
    Api api;
    @Autowired
    Fixtures fixtures;
    @Autowired
    DossierFixtures dossiers;

    private static final String APPROVE_FR = """
            {"countries":["FR"],"buyerTypes":["CONSUMER","PROFESSIONAL"],"reason":"dossier complete"}""";

    @Test
    void unapprovedRevisionIsRefusedUntilAReviewerApprovesItForTheCountry() {
        Credentials teamReviewer = fixtures.user(Role.REVIEWER, Role.MAKER);
        Fixtures.Listing listing = fixtures.submittedListing(teamReviewer);
        Credentials buyer = fixtures.user(Role.BUYER);
        Credentials reviewer = fixtures.user(Role.REVIEWER);
        UUID offer = listing.fullKit().id();
        String review = "/api/v1/revisions/" + listing.revision().id() + "/review";

        Api.Answer toFrance = api.placeOrder(buyer, key(), orderBody(offer, 1, "FR"));
        assertThat(toFrance.status()).isEqualTo(409);
        assertThat(toFrance.codes("reasons")).containsExactly("NOT_APPROVED");

        Api.Answer toItaly = api.placeOrder(buyer, key(), orderBody(offer, 1, "IT"));
        assertThat(toItaly.status()).isEqualTo(409);
        assertThat(toItaly.codes("reasons")).containsExactlyInAnyOrder("NOT_APPROVED", "WEEE_NOT_REGISTERED");

        Api.Answer tooEarly = api.post(review + "/approve", reviewer, APPROVE_FR);
        assertThat(tooEarly.status()).isEqualTo(409);
        assertThat(tooEarly.codes("reasons")).containsExactly("INVALID_STATE");

        assertThat(api.post(review + "/start", teamReviewer, null).status()).isEqualTo(403);
        Api.Answer started = api.post(review + "/start", reviewer, null);
        assertThat(started.status()).isEqualTo(200);
        assertThat(started.json().get("status").asString()).isEqualTo("IN_REVIEW");

        assertThat(api.post(review + "/approve", teamReviewer, APPROVE_FR).status()).isEqualTo(403);
        assertThat(api.post(review + "/approve", listing.maker(), APPROVE_FR).status()).isEqualTo(403);
        Api.Answer approved = api.post(review + "/approve", reviewer, APPROVE_FR);
        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.json().get("status").asString()).isEqualTo("APPROVED");
        assertThat(approved.json().get("decisions").size()).isEqualTo(3);

        Api.Answer ordered = api.placeOrder(buyer, key(), orderBody(offer, 2, "FR"));
        assertThat(ordered.status()).isEqualTo(201);
        assertThat(ordered.json().get("status").asString()).isEqualTo("AWAITING_PAYMENT");
        assertThat(ordered.json().get("total").get("amountMinor").asLong()).as("two boards and the demo's standard shipping to France")
                .isEqualTo(5_000 + 690);
        assertThat(ordered.json().get("total").get("currency").asString()).isEqualTo("EUR");

        Api.Answer toGermany = api.placeOrder(buyer, key(), orderBody(offer, 1, "DE"));
        assertThat(toGermany.status()).isEqualTo(409);
        assertThat(toGermany.codes("reasons")).containsExactly("NOT_APPROVED_FOR_COUNTRY");
    }

    @Test
    void approvedBoardIsRefusedToACountryOutsideItsApprovalAndNamesIt() {
        Fixtures.Listing listing = fixtures.approvedListing("FR", "DE");
        Credentials buyer = fixtures.user(Role.BUYER);

        Api.Answer toItaly = api.placeOrder(buyer, key(), orderBody(listing.fullKit().id(), 1, "IT"));
        assertThat(toItaly.status()).isEqualTo(409);
        assertThat(toItaly.header("Content-Type")).startsWith("application/problem+json");
        assertThat(toItaly.codes("reasons")).contains("NOT_APPROVED_FOR_COUNTRY");
        assertThat(toItaly.json().get("reasons").get(0).get("message").asString())
                .isEqualTo("This revision is not approved for sale to Italy.");
        assertThat(toItaly.json().get("reasons").get(0).get("subject").asString()).isEqualTo("IT");

        assertThat(api.placeOrder(buyer, key(), orderBody(listing.fullKit().id(), 1, "FR")).status()).isEqualTo(201);
    }

    @Test
    void refusalsAreWordedInTheRequestsLanguage() {
        Fixtures.Listing listing = fixtures.submittedListing();
        Credentials buyer = fixtures.user(Role.BUYER);
        Api.Answer refused = api.post("/api/v1/orders", buyer, orderBody(listing.fullKit().id(), 1, "FR"),
                java.util.Map.of("Idempotency-Key", key(), "Accept-Language", "fr-FR"));
        assertThat(refused.json().get("reasons").get(0).get("message").asString()).contains("n'est pas approuvée");
    }

    @Test
    void theOrderPageAnswersRefusalsWith409AndBadFieldsWith400AndStoresNothing() {
        Fixtures.Listing listing = fixtures.submittedListing();
        Credentials buyer = fixtures.user(Role.BUYER);
        Api.Session session = api.signIn(buyer);
        java.util.Map<String, String> form = CheckoutForms.oneOffer(listing.fullKit().id(), 1, 2_500);

        Api.Answer refused = api.submit(session, "/checkout?lang=en", form);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("data-code=\"NOT_APPROVED\"");

        form.put("lines[0].quantity", "0");
        form.put("idempotencyKey", key());
        assertThat(api.submit(session, "/checkout?lang=en", form).status()).isEqualTo(400);
        assertThat(api.get("/orders?lang=en", session.headers()).body()).contains("You have placed no order yet.");
    }

    @Test
    void destinationOutsideTheEuIsRefused() {
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        Credentials buyer = fixtures.user(Role.BUYER);
        Api.Answer toSwitzerland = api.placeOrder(buyer, key(), orderBody(listing.fullKit().id(), 1, "CH"));
        assertThat(toSwitzerland.status()).isEqualTo(409);
        assertThat(toSwitzerland.codes("reasons")).containsExactlyInAnyOrder("NOT_APPROVED_FOR_COUNTRY", "OUTSIDE_EU");
    }

    @Test
    void productApiSaysWhetherEachOfferCanBeOrderedToTheVisitorsCountry() {
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        String path = "/api/v1/boards/" + listing.board().slug();

        Api.Answer france = api.get(path + "?country=FR");
        assertThat(france.status()).isEqualTo(200);
        var offer = france.json().get("revisions").get(0).get("offers").get(0);
        assertThat(offer.get("eligible").asBoolean()).isTrue();

        var italy = api.get(path + "?country=IT").json().get("revisions").get(0).get("offers").get(0);
        assertThat(italy.get("eligible").asBoolean()).isFalse();
        assertThat(italy.get("reasons").get(0).get("code").asString()).isEqualTo("NOT_APPROVED_FOR_COUNTRY");

        assertThat(api.get(path + "?country=XX").status()).isEqualTo(400);
        assertThat(api.get("/api/v1/boards/no-such-board").status()).isEqualTo(404);
    }

    @Test
    void anAssemblyOnlyBuyersPartsMustMatchTheApprovedBomOrItsAlternates() {
        Fixtures.Listing listing = fixtures.draftListing();
        String revision = "/api/v1/revisions/" + listing.revision().id();
        Api.Answer offered = api.put(revision + "/offers/ASSEMBLY_ONLY", listing.maker(), """
                {"price":{"amountMinor":1500,"currency":"EUR"},"vatCategory":"STANDARD",
                 "breakdown":{"partsMinor":0,"pcbMinor":300,"labourMinor":800,"associationMinor":200,"teamMinor":200}}""");
        assertThat(offered.status()).isEqualTo(200);
        assertThat(api.put(revision + "/bom/lines/1/alternates", listing.maker(), "{\"mpns\":[\"ERJ-3EKF1002V\"]}").status())
                .as("R1 R2 (RC0603FR-0710KL) may also be an ERJ-3EKF1002V").isEqualTo(200);
        Api.Answer undocumented = api.post(revision + "/submit", listing.maker(), null);
        assertThat(undocumented.status()).as("the alternate has no RoHS evidence yet").isEqualTo(409);
        assertThat(undocumented.json().get("reasons").get(0).get("subject").asString())
                .isEqualTo("R1 R2, alternate ERJ-3EKF1002V");
        dossiers.fill(listing.revision().id(), listing.maker().id(), Fixtures.completeDossier());
        assertThat(api.post(revision + "/submit", listing.maker(), null).status()).isEqualTo(200);
        fixtures.approve(listing, "FR");
        String assemblyOnly = offered.json().get("id").asString();
        Credentials buyer = fixtures.user(Role.BUYER);
        String order = """
                {"lines":[{"offerId":"%s","quantity":1,"suppliedParts":[{"reference":"R1","mpn":"%s"}]}],
                 "destinationCountry":"FR","buyerType":"PROFESSIONAL",
                 "company":{"name":"Atelier Ada","vatNumber":"FR40303265045"},
                 "shippingAddress":{"name":"Ada","line1":"1 rue de la Paix","postalCode":"75002","city":"Paris","country":"FR"}}""";

        assertThat(api.placeOrder(buyer, key(), order.formatted(assemblyOnly, "RC0603FR-0710KL")).status()).isEqualTo(201);
        assertThat(api.placeOrder(buyer, key(), order.formatted(assemblyOnly, "ERJ-3EKF1002V")).status()).isEqualTo(201);
        Api.Answer wrongPart = api.placeOrder(buyer, key(), order.formatted(assemblyOnly, "GRM188R61A475KE15D"));
        assertThat(wrongPart.status()).isEqualTo(409);
        assertThat(wrongPart.codes("reasons")).containsExactly("PARTS_MISMATCH");
        assertThat(wrongPart.json().get("reasons").get(0).get("subject").asString()).isEqualTo("R1: GRM188R61A475KE15D");
    }

    @Test
    void aClassABoardIsOrderedOnlyOnceTheBuyerAcknowledgesItsWarning() {
        Fixtures.Listing listing = fixtures.approvedListing(
                Fixtures.completeDossier().withClass(org.openspacemakers.marketplace.compliance.DossierContent.EmcClass.A), "FR");
        Credentials buyer = fixtures.user(Role.BUYER);
        Api.Session session = api.signIn(buyer);
        assertThat(api.get("/orders/new?lang=en&country=FR&offer=" + listing.fullKit().id(), session.headers()).body())
                .contains("id=\"class-a\"", "radio interference");
        java.util.Map<String, String> form = CheckoutForms.oneOffer(listing.fullKit().id(), 1, 2_500);

        Api.Answer unacknowledged = api.submit(session, "/checkout?lang=fr", form);
        assertThat(unacknowledged.status()).isEqualTo(409);
        assertThat(unacknowledged.body()).contains("data-code=\"ACKNOWLEDGEMENT_REQUIRED\"")
                .contains("Cet appareil de classe A peut provoquer des interférences radio dans un logement")
                .doesNotContain("EMC_CLASS_A");
        Api.Answer refused = api.post("/api/v1/orders", buyer, orderBody(listing.fullKit().id(), 1, "FR"),
                java.util.Map.of("Idempotency-Key", key(), "Accept-Language", "en"));
        assertThat(refused.codes("reasons")).containsExactly("ACKNOWLEDGEMENT_REQUIRED");
        assertThat(refused.json().get("reasons").get(0).get("message").asString())
                .isEqualTo("This class A product may cause radio interference in a home: you must accept this warning before ordering.");
        assertThat(refused.json().get("reasons").get(0).get("subject").asString()).as("the code a client acknowledges with")
                .isEqualTo("EMC_CLASS_A");

        form.put("acknowledgeClassA", "true");
        form.put("idempotencyKey", key());
        assertThat(api.submit(session, "/checkout?lang=en", form).status()).isEqualTo(302);
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }
}
