package org.openspacemakers.marketplace.compliance.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openspacemakers.marketplace.support.OrderBodies.orderBody;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openspacemakers.marketplace.account.Role;
import org.openspacemakers.marketplace.catalog.Listings;
import org.openspacemakers.marketplace.catalog.Money;
import org.openspacemakers.marketplace.catalog.PriceBreakdown;
import org.openspacemakers.marketplace.catalog.Revision;
import org.openspacemakers.marketplace.catalog.VatCategory;
import org.openspacemakers.marketplace.compliance.OfferKind;
import org.openspacemakers.marketplace.fixtures.Credentials;
import org.openspacemakers.marketplace.fixtures.Fixtures;
import org.openspacemakers.marketplace.support.Api;
import org.openspacemakers.marketplace.support.MarketplaceTest;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The reviewer's decisions through the API, and what they do to orders. */
@MarketplaceTest
class ReviewWorkflowApiTest {

    @Autowired
    Api api;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Listings listings;

    private static final String APPROVE_FR = """
            {"countries":["FR"],"buyerTypes":["CONSUMER","PROFESSIONAL"],"reason":"dossier complete"}""";

    @Test
    void changesRequestedWithCommentsThenResubmittedAndApproved() {
        Fixtures.Listing listing = fixtures.submittedListing();
        Credentials reviewer = fixtures.user(Role.REVIEWER);
        String review = "/api/v1/revisions/" + listing.revision().id() + "/review";
        api.post(review + "/start", reviewer, null);

        Api.Answer changes = api.post(review + "/request-changes", reviewer,
                "{\"reason\":\"incomplete\",\"comments\":[{\"item\":\"DOC\",\"comment\":\"the DoC is unsigned\"}]}");
        assertThat(changes.status()).isEqualTo(200);
        assertThat(changes.json().get("status").asString()).isEqualTo("CHANGES_REQUESTED");
        assertThat(changes.json().get("decisions").get(2).get("comments").get(0).get("comment").asString())
                .isEqualTo("the DoC is unsigned");
        assertThat(api.post(review + "/request-changes", reviewer, "{\"reason\":\" \"}").codes("errors")).containsExactly("reason");

        Api.Session team = api.signIn(listing.maker());
        assertThat(api.get("/teams/" + listing.team().slug() + "?lang=en", team.headers()).body())
                .as("the team sees the comment per item on its dashboard").contains("DOC</strong>: <span>the DoC is unsigned");
        assertThat(api.get("/listings/" + listing.board().slug() + "?lang=en", team.headers()).body())
                .contains("DOC</strong>: <span>the DoC is unsigned");

        assertThat(api.submit(team, "/revisions/" + listing.revision().id() + "/submit", java.util.Map.of()).status())
                .as("the team hands it in again from its page").isEqualTo(302);
        assertThat(api.get("/api/v1/boards/" + listing.board().slug()).json().get("revisions").get(0).get("reviewStatus")
                .asString()).isEqualTo("SUBMITTED");
        api.post(review + "/start", reviewer, null);
        assertThat(api.post(review + "/approve", reviewer, APPROVE_FR).status()).isEqualTo(200);
    }

    @Test
    void aResubmissionAfterChangesRequestedIsRefusedOnTheSameGapsAsTheFirst() {
        Fixtures.Listing listing = fixtures.submittedListing();
        Credentials reviewer = fixtures.user(Role.REVIEWER);
        String revision = "/api/v1/revisions/" + listing.revision().id();
        api.post(revision + "/review/start", reviewer, null);
        assertThat(api.post(revision + "/review/request-changes", reviewer, "{\"reason\":\"the DoC is unsigned\"}").status())
                .isEqualTo(200);
        ObjectNode content = (ObjectNode) api.get(revision + "/dossier", listing.maker()).json().get("content");
        String signed = content.get("ce").get("docFile").asString();
        ((ObjectNode) content.get("ce")).putNull("docFile");
        assertThat(api.put(revision + "/dossier", listing.maker(), Api.JSON.writeValueAsString(content)).status()).isEqualTo(200);

        Api.Answer refused = api.post(revision + "/submit", listing.maker(), null);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("type").asString()).isEqualTo("/problems/submission-refused");
        assertThat(refused.codes("reasons")).containsExactly("DOC_MISSING");
        assertThat(reviewStatus(listing)).isEqualTo("CHANGES_REQUESTED");
        assertThat(api.get(revision + "/dossier", listing.maker()).json().get("editable").asBoolean()).isTrue();

        ((ObjectNode) content.get("ce")).put("docFile", signed);
        assertThat(api.put(revision + "/dossier", listing.maker(), Api.JSON.writeValueAsString(content)).status()).isEqualTo(200);
        assertThat(api.post(revision + "/submit", listing.maker(), null).status()).isEqualTo(200);
        assertThat(reviewStatus(listing)).isEqualTo("SUBMITTED");
    }

    @Test
    void aNewerRevisionHandedInWithTheOlderOnesDeclarationIsRefusedUntilItsTeamDeclaresIt() {
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        Revision newer = listings.addRevision(listing.maker().id(), listing.board().slug(), "2.0");
        String revision = "/api/v1/revisions/" + newer.id();

        Api.Answer copied = api.post(revision + "/submit", listing.maker(), null);
        assertThat(copied.status()).as("the copy starts without a declaration").isEqualTo(409);
        assertThat(copied.codes("reasons")).containsOnly("DOC_MISSING");
        assertThat(copied.json().get("reasons").valueStream().map(r -> r.get("subject").asString()))
                .contains("declaration file", "declaration number");

        ObjectNode older = (ObjectNode) api.get("/api/v1/revisions/" + listing.revision().id() + "/dossier", listing.maker())
                .json().get("content").get("ce");
        ObjectNode content = (ObjectNode) api.get(revision + "/dossier", listing.maker()).json().get("content");
        ObjectNode ce = (ObjectNode) content.get("ce");
        assertThat(ce.get("docFile").isNull()).isTrue();
        assertThat(ce.get("docNumber").asString()).isEmpty();
        for (String field : List.of("docNumber", "docRevisionLabel", "docBomHash", "docSignatoryName",
                "docSignatoryFunction", "docPlace", "docSignedOn", "docFile")) {
            ce.set(field, older.get(field));
        }
        assertThat(api.put(revision + "/dossier", listing.maker(), Api.JSON.writeValueAsString(content)).status())
                .as("1.0's declaration is among 2.0's files").isEqualTo(200);

        Api.Answer refused = api.post(revision + "/submit", listing.maker(), null);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("reasons").valueStream().map(r -> r.get("code").asString() + " " + r.get("subject").asString()))
                .containsExactly("DOC_MISSING declaration names revision 1.0, not 2.0");

        ce.put("docRevisionLabel", "2.0");
        assertThat(api.put(revision + "/dossier", listing.maker(), Api.JSON.writeValueAsString(content)).status()).isEqualTo(200);
        assertThat(api.post(revision + "/submit", listing.maker(), null).status()).isEqualTo(200);
        Credentials reviewer = fixtures.user(Role.REVIEWER);
        api.post(revision + "/review/start", reviewer, null);
        assertThat(api.post(revision + "/review/approve", reviewer, APPROVE_FR).status()).isEqualTo(200);
    }

    @Test
    void aDeclarationNamingAnotherBomIsRefusedWithDocMissing() {
        Fixtures.Listing listing = fixtures.draftListing();
        String revision = "/api/v1/revisions/" + listing.revision().id();
        JsonNode dossier = api.get(revision + "/dossier", listing.maker()).json();
        String bomHash = dossier.get("subject").get("bomHash").asString();
        ObjectNode content = (ObjectNode) dossier.get("content");
        ((ObjectNode) content.get("ce")).put("docBomHash", "0".repeat(64));
        assertThat(api.put(revision + "/dossier", listing.maker(), Api.JSON.writeValueAsString(content)).status()).isEqualTo(200);

        Api.Answer refused = api.post(revision + "/submit", listing.maker(), null);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("type").asString()).isEqualTo("/problems/submission-refused");
        assertThat(refused.json().get("reasons").valueStream().map(r -> r.get("code").asString() + " " + r.get("subject").asString()))
                .containsExactly("DOC_MISSING declaration names BOM 000000000000…, not " + bomHash.substring(0, 12) + "…");

        ((ObjectNode) content.get("ce")).put("docBomHash", bomHash.toUpperCase(java.util.Locale.ROOT));
        assertThat(api.put(revision + "/dossier", listing.maker(), Api.JSON.writeValueAsString(content)).status()).isEqualTo(200);
        assertThat(api.post(revision + "/submit", listing.maker(), null).status()).isEqualTo(200);
    }

    @Test
    void aDeclarationWithoutItsNumberIsRefusedWithDocMissing() {
        Fixtures.Listing listing = fixtures.draftListing();
        String revision = "/api/v1/revisions/" + listing.revision().id();
        ObjectNode content = (ObjectNode) api.get(revision + "/dossier", listing.maker()).json().get("content");
        String number = content.get("ce").get("docNumber").asString();
        ((ObjectNode) content.get("ce")).put("docNumber", " ");
        assertThat(api.put(revision + "/dossier", listing.maker(), Api.JSON.writeValueAsString(content)).status()).isEqualTo(200);

        Api.Answer refused = api.post(revision + "/submit", listing.maker(), null);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("reasons").valueStream().map(r -> r.get("code").asString() + " " + r.get("subject").asString()))
                .containsExactly("DOC_MISSING declaration number");

        ((ObjectNode) content.get("ce")).put("docNumber", number);
        assertThat(api.put(revision + "/dossier", listing.maker(), Api.JSON.writeValueAsString(content)).status()).isEqualTo(200);
        assertThat(api.post(revision + "/submit", listing.maker(), null).status()).isEqualTo(200);
    }

    @Test
    void suspendedAndRevokedApprovalsBlockOrdersWithApprovalSuspended() {
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        Credentials reviewer = fixtures.user(Role.REVIEWER);
        Credentials buyer = fixtures.user(Role.BUYER);
        String review = "/api/v1/revisions/" + listing.revision().id() + "/review";

        assertThat(api.post(review + "/suspend", reviewer, "{\"reason\":\"exemption expired\"}").status()).isEqualTo(200);
        assertThat(api.placeOrder(buyer, key(), orderBody(listing.fullKit().id(), 1, "FR")).codes("reasons"))
                .containsExactly("APPROVAL_SUSPENDED");
        assertThat(api.get("/api/v1/boards?orderableTo=FR&q=" + listing.board().name().substring(6)).json().get("items").size())
                .isZero();

        assertThat(api.post(review + "/resume", reviewer, "{\"reason\":\"renewed evidence\"}").status()).isEqualTo(200);
        assertThat(api.post(review + "/approve", reviewer, APPROVE_FR).status()).isEqualTo(200);
        assertThat(api.placeOrder(buyer, key(), orderBody(listing.fullKit().id(), 1, "FR")).status()).isEqualTo(201);

        assertThat(api.post(review + "/revoke", reviewer, "{\"reason\":\"recall: overheating\"}").status()).isEqualTo(200);
        assertThat(api.placeOrder(buyer, key(), orderBody(listing.fullKit().id(), 1, "FR")).codes("reasons"))
                .containsExactly("APPROVAL_SUSPENDED");
        assertThat(api.post(review + "/resume", reviewer, "{\"reason\":\"again\"}").codes("reasons")).containsExactly("INVALID_STATE");
    }

    @Test
    void amendingTheScopeAddsACountryAndRemovingOneStopsItsSalesAndHoldsItsOpenOrders() {
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        Credentials reviewer = fixtures.user(Role.REVIEWER);
        Credentials buyer = fixtures.user(Role.BUYER);
        String review = "/api/v1/revisions/" + listing.revision().id() + "/review";
        Api.Answer placed = api.placeOrder(buyer, key(), orderBody(listing.fullKit().id(), 1, "FR"));
        assertThat(placed.status()).isEqualTo(201);
        String order = placed.json().get("id").asString();

        Api.Answer amended = api.post(review + "/amend-scope", reviewer, """
                {"addCountries":["DE"],"removeCountries":["FR"],"reason":"the French importer withdrew"}""");

        assertThat(amended.status()).isEqualTo(200);
        assertThat(amended.json().get("status").asString()).isEqualTo("APPROVED");
        assertThat(amended.json().get("scope").get("countries").valueStream().map(JsonNode::asString)).containsExactly("DE");
        assertThat(amended.json().get("scope").get("validUntil").propertyNames()).as("each country's validity")
                .containsExactly("DE");
        JsonNode decisions = amended.json().get("decisions");
        JsonNode last = decisions.get(decisions.size() - 1);
        assertThat(last.get("kind").asString()).isEqualTo("SCOPE_AMENDED");
        assertThat(last.get("reason").asString()).isEqualTo("the French importer withdrew");
        assertThat(last.get("comments").valueStream().map(c -> c.get("item").asString() + " " + c.get("comment").asString()))
                .containsExactly("COUNTRY_ADDED DE", "COUNTRY_REMOVED FR");
        assertThat(api.get("/api/v1/orders/" + order, buyer).json().get("status").asString())
                .as("the open order to the country removed is held at once").isEqualTo("ON_HOLD");
        assertThat(api.get("/orders/" + order + "?lang=en", api.signIn(buyer).headers()).body())
                .contains("The reviewer withdrew this revision&#39;s approval for the order&#39;s country")
                .doesNotContain("APPROVAL_WITHDRAWN_FOR_COUNTRY<");
        assertThat(api.placeOrder(buyer, key(), orderBody(listing.fullKit().id(), 1, "FR")).codes("reasons"))
                .containsExactly("NOT_APPROVED_FOR_COUNTRY");
    }

    @Test
    void aScopeAmendmentIsRefusedToTheTeamWithoutAReasonWithNoCountryLeftAndOutsideAnApproval() {
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        Credentials reviewer = fixtures.user(Role.REVIEWER);
        String review = "/api/v1/revisions/" + listing.revision().id() + "/review";

        assertThat(api.post(review + "/amend-scope", listing.maker(), """
                {"addCountries":["DE"],"reason":"my own board"}""").status()).as("four eyes").isEqualTo(403);
        Api.Answer noReason = api.post(review + "/amend-scope", reviewer, """
                {"addCountries":["XX"],"reason":" "}""");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.codes("errors")).containsExactlyInAnyOrder("addCountries[0]", "reason");
        Api.Answer empty = api.post(review + "/amend-scope", reviewer, """
                {"removeCountries":["FR"],"reason":"stop everything"}""");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.codes("errors")).containsExactly("removeCountries");

        assertThat(api.post(review + "/suspend", reviewer, "{\"reason\":\"exemption expired\"}").status()).isEqualTo(200);
        Api.Answer suspended = api.post(review + "/amend-scope", reviewer, """
                {"addCountries":["DE"],"reason":"more buyers"}""");
        assertThat(suspended.status()).isEqualTo(409);
        assertThat(suspended.codes("reasons")).containsExactly("INVALID_STATE");
    }

    @Test
    void aRejectedRevisionStaysRefused() {
        Fixtures.Listing listing = fixtures.submittedListing();
        Credentials reviewer = fixtures.user(Role.REVIEWER);
        String review = "/api/v1/revisions/" + listing.revision().id() + "/review";
        assertThat(api.post(review + "/reject", reviewer, "{\"reason\":\"x\"}").codes("reasons")).containsExactly("INVALID_STATE");
        api.post(review + "/start", reviewer, null);
        assertThat(api.post(review + "/reject", reviewer, "{\"reason\":\"unsafe mains wiring\"}").json().get("status").asString())
                .isEqualTo("REJECTED");
        assertThat(api.post("/api/v1/revisions/" + listing.revision().id() + "/submit", listing.maker(), null).status())
                .isEqualTo(409);
    }

    @Test
    void anAdministratorOnTheTeamMayNotDecideButAnotherMay() {
        Credentials adminOnTeam = fixtures.user(Role.ADMIN, Role.MAKER);
        Fixtures.Listing listing = fixtures.submittedListing(adminOnTeam);
        Credentials admin = fixtures.user(Role.ADMIN);
        String review = "/api/v1/revisions/" + listing.revision().id() + "/review";
        assertThat(api.post(review + "/start", adminOnTeam, null).status()).isEqualTo(403);
        assertThat(api.post(review + "/start", admin, null).status()).isEqualTo(200);
        assertThat(api.post(review + "/approve", adminOnTeam, APPROVE_FR).status()).isEqualTo(403);
    }

    @Test
    void aNewerApprovedRevisionSupersedesTheOlderForNewOrders() {
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        Revision newer = fixtures.nextRevision(listing, "2.0");
        var newerOffer = listings.offer(listing.maker().id(), newer.id(), OfferKind.FULL_KIT, Money.euros(2_600),
                VatCategory.STANDARD, new PriceBreakdown(1_000, 300, 800, 250, 250));
        listings.submitForReview(newer.id(), listing.maker().id());
        Credentials reviewer = fixtures.user(Role.REVIEWER);
        String review = "/api/v1/revisions/" + newer.id() + "/review";
        api.post(review + "/start", reviewer, null);
        assertThat(api.post(review + "/approve", reviewer, APPROVE_FR).status()).isEqualTo(200);

        var revisions = api.get("/api/v1/boards/" + listing.board().slug()).json().get("revisions");
        assertThat(revisions.get(0).get("reviewStatus").asString()).isEqualTo("APPROVED");
        assertThat(revisions.get(1).get("reviewStatus").asString()).as(revisions.toString()).isEqualTo("SUPERSEDED");
        Credentials buyer = fixtures.user(Role.BUYER);
        assertThat(api.placeOrder(buyer, key(), orderBody(listing.fullKit().id(), 1, "FR")).codes("reasons"))
                .containsExactly("NOT_APPROVED");
        assertThat(api.placeOrder(buyer, key(), orderBody(newerOffer.id(), 1, "FR")).status()).isEqualTo(201);
    }

    @Test
    void anOlderRevisionApprovedAfterANewerOneIsSupersededAtOnce() {
        Fixtures.Listing listing = fixtures.submittedListing();
        Revision newer = fixtures.nextRevision(listing, "2.0");
        var newerOffer = listings.offer(listing.maker().id(), newer.id(), OfferKind.FULL_KIT, Money.euros(2_600),
                VatCategory.STANDARD, new PriceBreakdown(1_000, 300, 800, 250, 250));
        listings.submitForReview(newer.id(), listing.maker().id());
        Credentials reviewer = fixtures.user(Role.REVIEWER);
        for (UUID revision : List.of(newer.id(), listing.revision().id())) {
            String review = "/api/v1/revisions/" + revision + "/review";
            api.post(review + "/start", reviewer, null);
            assertThat(api.post(review + "/approve", reviewer, APPROVE_FR).status()).isEqualTo(200);
        }

        var revisions = api.get("/api/v1/boards/" + listing.board().slug()).json().get("revisions");
        assertThat(revisions.get(0).get("reviewStatus").asString()).isEqualTo("APPROVED");
        assertThat(revisions.get(1).get("reviewStatus").asString()).as("approved after 2.0, superseded by it at once")
                .isEqualTo("SUPERSEDED");
        Credentials buyer = fixtures.user(Role.BUYER);
        assertThat(api.placeOrder(buyer, key(), orderBody(listing.fullKit().id(), 1, "FR")).codes("reasons"))
                .containsExactly("NOT_APPROVED");
        assertThat(api.placeOrder(buyer, key(), orderBody(newerOffer.id(), 1, "FR")).status()).isEqualTo(201);
    }

    private String reviewStatus(Fixtures.Listing listing) {
        return api.get("/api/v1/boards/" + listing.board().slug()).json().get("revisions").get(0).get("reviewStatus").asString();
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }
}
