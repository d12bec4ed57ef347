package org.openspacemakers.marketplace.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openspacemakers.marketplace.account.AccessTokens;
import org.openspacemakers.marketplace.account.Role;
import org.openspacemakers.marketplace.catalog.BoardQueries;
import org.openspacemakers.marketplace.catalog.PriceChange;
import org.openspacemakers.marketplace.compliance.Reviews;
import org.openspacemakers.marketplace.compliance.RevisionRef;
import org.openspacemakers.marketplace.fixtures.Credentials;
import org.openspacemakers.marketplace.fixtures.DossierFixtures;
import org.openspacemakers.marketplace.fixtures.Fixtures;
import org.openspacemakers.marketplace.support.Api;
import org.openspacemakers.marketplace.support.MarketplaceTest;
import org.openspacemakers.marketplace.support.OrderBodies;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A team publishes a board through the API, and only its own: others' listings answer 404; a
 * revision is handed in only with a complete dossier.
 */
@MarketplaceTest
class ListingApiTest {

    @Autowired
    Api api;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DossierFixtures dossiers;
    @Autowired
    Reviews reviews;
    @Autowired
    BoardQueries catalog;

    private static String board(String slug, String licence) {
        return """
                {"slug":"%s","name":"Tiny thermometer","summary":"A small thermometer board.",
                 "description":"# Tiny\\n\\nMeasures **temperature**.","licence":"%s",
                 "sourceUrl":"https://example.org/tiny","oshwaUid":"FR000012","tags":["sensor","i2c"]}"""
                .formatted(slug, licence);
    }

    private static final String OFFER = """
            {"price":{"amountMinor":2000,"currency":"EUR"},"vatCategory":"STANDARD",
             "breakdown":{"partsMinor":800,"pcbMinor":200,"labourMinor":600,"associationMinor":200,"teamMinor":200}}""";

    private String newTeam(Credentials maker) {
        String team = "team-" + UUID.randomUUID().toString().substring(0, 8);
        Credentials admin = fixtures.user(Role.ADMIN);
        Api.Answer created = api.post("/api/v1/teams", admin,
                "{\"slug\":\"%s\",\"name\":\"A team\",\"members\":[\"%s\"]}".formatted(team, maker.email()));
        assertThat(created.status()).isEqualTo(201);
        return team;
    }

    @Test
    void aMakerListsABoardFromEmptyToSubmittedForReview() {
        Credentials maker = fixtures.user(Role.MAKER);
        String team = newTeam(maker);
        String slug = "tiny-" + UUID.randomUUID().toString().substring(0, 8);

        assertThat(api.post("/api/v1/teams/" + team + "/boards", maker, board(slug, "CERN-OHL-S-2.0")).status()).isEqualTo(201);
        Api.Answer revision = api.post("/api/v1/boards/" + slug + "/revisions", maker,
                "{\"label\":\"1.0\",\"sourceRef\":\"v1.0\",\"firmwareVersion\":\"2.1\",\"changeNotes\":\"First.\"}");
        assertThat(revision.status()).isEqualTo(201);
        String revisionId = revision.json().get("id").asString();
        assertThat(api.get("/api/v1/boards/" + slug).status()).as("a draft is not public").isEqualTo(404);

        Api.Answer bom = api.putBytes("/api/v1/revisions/" + revisionId + "/bom", maker,
                Fixtures.SMALL_BOM.getBytes(StandardCharsets.UTF_8), "text/csv", Map.of());
        assertThat(bom.status()).isEqualTo(200);
        assertThat(bom.json().get("lines").asInt()).isEqualTo(2);
        assertThat(bom.json().get("references").asInt()).isEqualTo(3);
        assertThat(bom.json().get("bomHash").asString()).hasSize(64);

        assertThat(api.put("/api/v1/revisions/" + revisionId + "/offers/FULL_KIT", maker, OFFER).status()).isEqualTo(200);
        assertThat(api.put("/api/v1/revisions/" + revisionId + "/bom/lines/1/alternates", maker,
                "{\"mpns\":[\"ERJ-3EKF1002V\"]}").status()).isEqualTo(200);
        assertThat(api.put("/api/v1/revisions/" + revisionId + "/bom/lines/9/alternates", maker,
                "{\"mpns\":[\"X\"]}").codes("errors")).containsExactly("line");
        dossiers.fill(UUID.fromString(revisionId), maker.id(), Fixtures.completeDossier());
        Api.Answer submitted = api.post("/api/v1/revisions/" + revisionId + "/submit", maker, null);
        assertThat(submitted.status()).isEqualTo(200);
        assertThat(submitted.json().get("reviewStatus").asString()).isEqualTo("SUBMITTED");

        var listed = api.get("/api/v1/boards/" + slug).json();
        assertThat(api.get("/api/v1/boards?q=ERJ-3EKF1002V").body()).as("alternates are searchable").contains(slug);
        assertThat(listed.get("revisions").get(0).get("offers").get(0).get("breakdown").get("partsMinor").asLong()).isEqualTo(800);
        assertThat(api.post("/api/v1/revisions/" + revisionId + "/submit", maker, null).codes("reasons"))
                .containsExactly("INVALID_STATE");
        assertThat(api.putBytes("/api/v1/revisions/" + revisionId + "/bom", maker,
                Fixtures.SMALL_BOM.getBytes(StandardCharsets.UTF_8), "text/csv", Map.of()).status())
                .as("a submitted revision is frozen").isEqualTo(409);

        Api.Answer next = api.post("/api/v1/boards/" + slug + "/revisions", maker, "{\"label\":\"1.1\",\"changeNotes\":\"Fix.\"}");
        assertThat(next.status()).isEqualTo(201);
        assertThat(next.json().get("bomHash").asString()).isEqualTo(bom.json().get("bomHash").asString());
        assertThat(next.json().get("sourceRef").asString()).isEqualTo("v1.0");
    }

    @Test
    void aDraftWhoseDossierHasGapsIsNotSubmittedAndTheRefusalNamesEveryGap() {
        Fixtures.Listing draft = fixtures.draftListingWithoutDossier();
        String submit = "/api/v1/revisions/" + draft.revision().id() + "/submit";
        String dossier = "/api/v1/revisions/" + draft.revision().id() + "/dossier";
        List<String> gaps = api.get(dossier, draft.maker()).codes("gaps");

        Api.Answer refused = api.post(submit, draft.maker(), null);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().get("type").asString()).isEqualTo("/problems/submission-refused");
        assertThat(refused.json().get("detail").asString())
                .isEqualTo("The dossier is incomplete: the revision cannot be submitted for review.");
        assertThat(refused.codes("reasons")).as("the dossier's gaps, as an approval names them").isEqualTo(gaps)
                .contains("CE_INFO_INCOMPLETE", "DOC_MISSING", "ROHS_EVIDENCE_MISSING", "WEEE_INFO_INCOMPLETE",
                        "GPSR_INFO_INCOMPLETE")
                .doesNotContain("CHECKLIST_INCOMPLETE", "BATTERY_NOT_REGISTERED");
        JsonNode first = refused.json().get("reasons").get(0);
        assertThat(first.get("message").asString()).isEqualTo("The CE section of the dossier is incomplete.");
        assertThat(first.get("subject").asString()).isEqualTo("applicable acts");
        Api.Answer french = api.post(submit, draft.maker(), null, Map.of("Accept-Language", "fr"));
        assertThat(french.json().get("reasons").get(0).get("message").asString())
                .isEqualTo("La partie CE du dossier est incomplète.");

        assertThat(api.get("/api/v1/boards/" + draft.board().slug()).status()).as("still a draft: not public").isEqualTo(404);
        JsonNode unchanged = api.get(dossier, draft.maker()).json();
        assertThat(unchanged.get("editable").asBoolean()).isTrue();
        assertThat(unchanged.get("subject").get("frozen").asBoolean()).isFalse();
        assertThat(reviews.review(RevisionRef.of(draft.revision().id()))).as("no review started").isEmpty();

        dossiers.fill(draft.revision().id(), draft.maker().id(), Fixtures.completeDossier());
        Api.Answer submitted = api.post(submit, draft.maker(), null);
        assertThat(submitted.status()).isEqualTo(200);
        assertThat(submitted.json().get("reviewStatus").asString()).isEqualTo("SUBMITTED");
        assertThat(api.get(dossier, draft.maker()).json().get("subject").get("frozen").asBoolean()).isTrue();
    }

    @Test
    void everyWriteOnAnotherTeamsListingAnswersNotFound() {
        Fixtures.Listing theirs = fixtures.submittedListing();
        String draft = fixtures.draftRevision(theirs.maker(), theirs.board(), "2.0").id().toString();
        Credentials outsider = fixtures.user(Role.MAKER);
        newTeam(outsider);
        String team = theirs.team().slug();
        String slug = theirs.board().slug();

        assertThat(api.put("/api/v1/teams/" + team + "/capacity", outsider, "{\"weeklyCapacity\":1,\"horizonWeeks\":1}").status()).isEqualTo(404);
        assertThat(api.put("/api/v1/teams/" + team + "/workshop", outsider, "{\"address\":\"elsewhere\"}").status()).isEqualTo(404);
        assertThat(api.post("/api/v1/teams/" + team + "/boards", outsider, board("stolen-" + UUID.randomUUID().toString().substring(0, 6), "MIT")).status()).isEqualTo(404);
        assertThat(api.put("/api/v1/boards/" + slug, outsider, board(slug, "MIT")).status()).isEqualTo(404);
        assertThat(api.post("/api/v1/boards/" + slug + "/revisions", outsider, "{\"label\":\"9.9\"}").status()).isEqualTo(404);
        assertThat(api.put("/api/v1/revisions/" + draft, outsider, "{\"changeNotes\":\"x\"}").status()).isEqualTo(404);
        assertThat(api.putBytes("/api/v1/revisions/" + draft + "/bom", outsider,
                Fixtures.SMALL_BOM.getBytes(StandardCharsets.UTF_8), "text/csv", Map.of()).status()).isEqualTo(404);
        assertThat(api.put("/api/v1/revisions/" + draft + "/offers/FULL_KIT", outsider, OFFER).status()).isEqualTo(404);
        assertThat(api.post("/api/v1/revisions/" + draft + "/submit", outsider, null).status()).isEqualTo(404);

        assertThat(api.post("/api/v1/boards/" + slug + "/revisions", null, "{\"label\":\"9.9\"}").status()).isEqualTo(401);
        assertThat(api.post("/api/v1/teams", outsider, "{\"slug\":\"mine\",\"name\":\"Mine\"}").status()).isEqualTo(403);
        assertThat(api.post("/api/v1/teams/" + team + "/members", outsider, "{\"email\":\"" + outsider.email() + "\"}").status())
                .isEqualTo(403);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM revisions WHERE board_id = ?", Integer.class,
                theirs.board().id().toString())).isEqualTo(2);
    }

    @Test
    void aNonCommercialLicenceIsRefusedAndNothingIsStored() {
        Credentials maker = fixtures.user(Role.MAKER);
        String team = newTeam(maker);

        Api.Answer refused = api.post("/api/v1/teams/" + team + "/boards", maker, board("nc-board-" + UUID.randomUUID().toString().substring(0, 6), "CC-BY-NC-SA-4.0"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.codes("errors")).containsExactly("licence");
        assertThat(refused.json().get("errors").get(0).get("message").asString()).contains("non-commercial");
        Api.Answer badUid = api.post("/api/v1/teams/" + team + "/boards", maker,
                board("uid-board", "MIT").replace("FR000012", "FR12"));
        assertThat(badUid.codes("errors")).containsExactly("oshwaUid");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM boards b JOIN teams t ON t.id = b.team_id WHERE t.slug = ?",
                Integer.class, team)).as("the team has no board").isZero();
    }

    @Test
    void aBreakdownThatDoesNotAddUpIsRefusedAndNothingIsStored() {
        Fixtures.Listing listing = fixtures.submittedListing();
        String draft = fixtures.draftRevision(listing.maker(), listing.board(), "2.0").id().toString();
        int before = jdbc.queryForObject("SELECT COUNT(*) FROM offers WHERE revision_id = ?", Integer.class, draft);

        Api.Answer refused = api.put("/api/v1/revisions/" + draft + "/offers/ASSEMBLY_ONLY", listing.maker(),
                OFFER.replace("\"teamMinor\":200", "\"teamMinor\":199"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.codes("errors")).containsExactly("breakdown");
        Api.Answer partsForAssemblyOnly = api.put("/api/v1/revisions/" + draft + "/offers/ASSEMBLY_ONLY", listing.maker(), OFFER);
        assertThat(partsForAssemblyOnly.codes("errors")).containsExactly("breakdown.partsMinor");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM offers WHERE revision_id = ?", Integer.class, draft))
                .isEqualTo(before);
    }

    @Test
    void aPriceAboveTheStoresHighestOrSharesPastALongAreRefusedNamingTheFieldAndNothingIsStored() {
        Fixtures.Listing listing = fixtures.submittedListing();
        String draft = fixtures.draftRevision(listing.maker(), listing.board(), "2.0").id().toString();
        String path = "/api/v1/revisions/" + draft + "/offers/FULL_KIT";

        Api.Answer longMax = api.put(path, listing.maker(), priced(Long.MAX_VALUE, "{\"partsMinor\":%d,\"pcbMinor\":0,"
                .formatted(Long.MAX_VALUE) + "\"labourMinor\":0,\"associationMinor\":0,\"teamMinor\":0}"));
        Api.Answer huge = api.put(path, listing.maker(), priced(9_000_000_000_000_000_000L,
                "{\"partsMinor\":9000000000000000000,\"pcbMinor\":0,\"labourMinor\":0,\"associationMinor\":0,\"teamMinor\":0}"));
        Api.Answer oneCentAbove = api.put(path, listing.maker(), priced(10_000_001,
                "{\"partsMinor\":10000001,\"pcbMinor\":0,\"labourMinor\":0,\"associationMinor\":0,\"teamMinor\":0}"));
        Api.Answer sharesPastALong = api.put(path, listing.maker(), priced(2000, "{\"partsMinor\":%d,\"pcbMinor\":%d,"
                .formatted(Long.MAX_VALUE, Long.MAX_VALUE) + "\"labourMinor\":0,\"associationMinor\":0,\"teamMinor\":2000}"));

        for (Api.Answer tooHigh : List.of(longMax, huge, oneCentAbove)) {
            assertThat(tooHigh.status()).isEqualTo(400);
            assertThat(tooHigh.codes("errors")).containsExactly("price");
            assertThat(tooHigh.json().get("errors").get(0).get("message").asString())
                    .isEqualTo("an offer costs at most 100000.00 EUR");
        }
        assertThat(sharesPastALong.status()).isEqualTo(400);
        assertThat(sharesPastALong.codes("errors")).containsExactly("breakdown");
        assertThat(api.put(path, listing.maker(), priced(10_000_000,
                "{\"partsMinor\":10000000,\"pcbMinor\":0,\"labourMinor\":0,\"associationMinor\":0,\"teamMinor\":0}"))
                .status()).as("the highest price itself").isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT MAX(price_minor) FROM offers WHERE revision_id = ?", Long.class, draft))
                .isEqualTo(10_000_000L);
    }

    private static String priced(long amountMinor, String breakdown) {
        return "{\"price\":{\"amountMinor\":%d,\"currency\":\"EUR\"},\"vatCategory\":\"STANDARD\",\"breakdown\":%s}"
                .formatted(amountMinor, breakdown);
    }

    @Test
    void aRequestMissingARequiredFieldIsRefusedNamingItInTheRequestsLanguage() {
        Credentials admin = fixtures.user(Role.ADMIN);
        String slug = "nameless-" + UUID.randomUUID().toString().substring(0, 8);

        Api.Answer french = api.post("/api/v1/teams", admin, "{\"slug\":\"%s\",\"members\":[]}".formatted(slug),
                Map.of("Accept-Language", "fr"));

        assertThat(french.status()).isEqualTo(400);
        assertThat(french.header("Content-Type")).startsWith("application/problem+json");
        assertThat(french.codes("errors")).containsExactly("name");
        assertThat(french.json().get("errors").get(0).get("message").asString()).isEqualTo("est obligatoire");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM teams WHERE slug = ?", Integer.class, slug)).isZero();

        Fixtures.Listing listing = fixtures.submittedListing();
        String draft = fixtures.draftRevision(listing.maker(), listing.board(), "2.0").id().toString();
        Api.Answer noPrice = api.put("/api/v1/revisions/" + draft + "/offers/FULL_KIT", listing.maker(),
                OFFER.replace("\"price\":{\"amountMinor\":2000,\"currency\":\"EUR\"},", ""));
        assertThat(noPrice.status()).isEqualTo(400);
        assertThat(noPrice.codes("errors")).containsExactly("price");
        assertThat(noPrice.json().get("errors").get(0).get("message").asString()).isEqualTo("is required");
        Api.Answer noHorizon = api.put("/api/v1/teams/" + listing.team().slug() + "/capacity", listing.maker(),
                "{\"weeklyCapacity\":3}");
        assertThat(noHorizon.codes("errors")).containsExactly("horizonWeeks");
        Api.Answer longMpn = api.put("/api/v1/revisions/" + draft + "/bom/lines/1/alternates", listing.maker(),
                "{\"mpns\":[\"ERJ-3EKF1002V\",\"%s\"]}".formatted("X".repeat(101)));
        assertThat(longMpn.codes("errors")).containsExactly("mpns[1]");
        assertThat(longMpn.json().get("errors").get(0).get("message").asString()).isEqualTo("has at most 100 characters");
    }

    /** The fixtures' full kit (25.00 EUR) at another price, with a breakdown adding up to it, in this VAT category. */
    private static String fullKit(long labourMinor, String vatCategory) {
        long price = 1_000 + 300 + labourMinor + 250 + 250;
        return """
                {"price":{"amountMinor":%d,"currency":"EUR"},"vatCategory":"%s","breakdown":{"partsMinor":1000,
                 "pcbMinor":300,"labourMinor":%d,"associationMinor":250,"teamMinor":250}}""".formatted(price, vatCategory, labourMinor);
    }

    @Test
    void anOfferKindIsNotAddedToAnApprovedRevisionAndNothingIsStored() {
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        String revision = listing.revision().id().toString();
        long pageVersion = pageVersion(listing);

        Api.Answer refused = api.put("/api/v1/revisions/" + revision + "/offers/ASSEMBLY_ONLY", listing.maker(), """
                {"price":{"amountMinor":1500,"currency":"EUR"},"vatCategory":"STANDARD",
                 "breakdown":{"partsMinor":0,"pcbMinor":300,"labourMinor":800,"associationMinor":200,"teamMinor":200}}""");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.codes("reasons")).containsExactly("INVALID_STATE");
        assertThat(refused.json().get("detail").asString()).contains("revision 1.0").contains("no offer can be added")
                .contains("Assembly only");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM offers WHERE revision_id = ?", Integer.class, revision))
                .as("the full kit alone").isEqualTo(1);
        assertThat(pageVersion(listing)).isEqualTo(pageVersion);
    }

    @Test
    void theVatCategoryOfASubmittedRevisionsOfferDoesNotChangeNorDoesItsPriceWithIt() {
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        String path = "/api/v1/revisions/" + listing.revision().id() + "/offers/FULL_KIT";

        Api.Answer refused = api.put(path, listing.maker(), fullKit(500, "REDUCED"), Map.of("Accept-Language", "fr"));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.codes("reasons")).containsExactly("INVALID_STATE");
        assertThat(refused.json().get("detail").asString()).contains("révision 1.0").contains("catégorie de TVA")
                .contains("Kit complet");
        assertThat(jdbc.queryForMap("SELECT vat_category, price_minor FROM offers WHERE id = ?",
                listing.fullKit().id().toString())).containsEntry("vat_category", "STANDARD").containsEntry("price_minor", 2_500L);
        assertThat(catalog.priceChanges(listing.maker().id(), listing.board().slug())).isEmpty();
    }

    @Test
    void theAlternatesOfASubmittedRevisionsBomDoNotChange() {
        Fixtures.Listing listing = fixtures.submittedListing();

        Api.Answer refused = api.put("/api/v1/revisions/" + listing.revision().id() + "/bom/lines/1/alternates",
                listing.maker(), "{\"mpns\":[\"ERJ-3EKF1002V\"]}");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.codes("reasons")).containsExactly("INVALID_STATE");
        assertThat(refused.json().get("detail").asString()).contains("BOM line 1").contains("revision 1.0");
        assertThat(catalog.bom(listing.revision().id()).get(0).alternates()).isEmpty();
    }

    @Test
    void aRevisionSentBackForChangesTakesOffersAgain() {
        Fixtures.Listing listing = fixtures.submittedListing();
        RevisionRef revision = RevisionRef.of(listing.revision().id());
        Credentials reviewer = fixtures.user(Role.REVIEWER);
        reviews.startReview(revision, reviewer.id());
        reviews.requestChanges(revision, reviewer.id(), "Offer it for assembly only too.", List.of());

        Api.Answer offered = api.put("/api/v1/revisions/" + revision.id() + "/offers/ASSEMBLY_ONLY", listing.maker(), """
                {"price":{"amountMinor":1500,"currency":"EUR"},"vatCategory":"REDUCED",
                 "breakdown":{"partsMinor":0,"pcbMinor":300,"labourMinor":800,"associationMinor":200,"teamMinor":200}}""");

        assertThat(offered.status()).isEqualTo(200);
        assertThat(api.put("/api/v1/revisions/" + revision.id() + "/offers/FULL_KIT", listing.maker(),
                fullKit(700, "REDUCED")).json().get("vatCategory").asString()).isEqualTo("REDUCED");
    }

    @Test
    void anApprovedRevisionsPriceChangesRecordedWithWhoAndWhenShowsOnTheNextRequestAndLeavesEarlierOrdersAlone() {
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        Credentials buyer = fixtures.user(Role.BUYER);
        Api.Answer order = api.placeOrder(buyer, UUID.randomUUID().toString(),
                OrderBodies.orderBody(listing.fullKit().id(), 2, "FR"));
        assertThat(order.status()).isEqualTo(201);
        String productPage = "/boards/" + listing.board().slug() + "?country=FR&lang=en";
        assertThat(api.get(productPage).body()).contains("25.00");
        Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS); // as stored (docs/development.md)

        Api.Answer repriced = api.put("/api/v1/revisions/" + listing.revision().id() + "/offers/FULL_KIT",
                listing.maker(), fullKit(190, "STANDARD"));

        Instant after = Instant.now();
        assertThat(repriced.status()).isEqualTo(200);
        assertThat(repriced.json().get("price").get("amountMinor").asLong()).isEqualTo(1_990);
        List<PriceChange> changes = catalog.priceChanges(listing.maker().id(), listing.board().slug())
                .get(listing.fullKit().id());
        assertThat(changes).hasSize(1);
        PriceChange change = changes.get(0);
        assertThat(change.changedBy()).isEqualTo(listing.maker().id());
        assertThat(change.changedAt()).isBetween(before, after);
        assertThat(change.oldPrice().amountMinor()).isEqualTo(2_500);
        assertThat(change.oldBreakdown().labourMinor()).isEqualTo(700);
        assertThat(change.newPrice().amountMinor()).isEqualTo(1_990);
        assertThat(change.newBreakdown().labourMinor()).isEqualTo(190);
        assertThat(api.get(productPage).body()).as("the very next request").contains("19.90").doesNotContain("25.00");

        JsonNode placed = api.get("/api/v1/orders/" + order.json().get("id").asString(), buyer).json();
        assertThat(placed.get("total").get("amountMinor").asLong()).as("two boards and the demo's standard shipping to France")
                .isEqualTo(5_000 + 690);
        assertThat(placed.get("lines").get(0).get("unitPrice").get("amountMinor").asLong()).isEqualTo(2_500);
        String path = "/api/v1/revisions/" + listing.revision().id() + "/offers/FULL_KIT";
        assertThat(api.put(path, listing.maker(), fullKit(190, "STANDARD")).status()).as("the same price again").isEqualTo(200);
        assertThat(api.put(path, listing.maker(), fullKit(300, "STANDARD")).status()).isEqualTo(200);
        assertThat(catalog.priceChanges(listing.maker().id(), listing.board().slug()).get(listing.fullKit().id()))
                .as("no change for the same price; in their order, within one second too")
                .extracting(c -> c.newPrice().amountMinor()).containsExactly(1_990L, 2_100L);
    }

    private long pageVersion(Fixtures.Listing listing) {
        return jdbc.queryForObject("SELECT page_version FROM boards WHERE id = ?", Long.class, listing.board().id().toString());
    }

    @Test
    void aPersonalAccessTokenPublishesFromCiUntilItIsRevoked(@Autowired AccessTokens tokens) {
        Fixtures.Listing listing = fixtures.submittedListing();
        AccessTokens.Created token = tokens.create(listing.maker().id(), "hardware repository CI");
        Map<String, String> bearer = Map.of("Authorization", "Bearer " + token.value());

        Api.Answer created = api.post("/api/v1/boards/" + listing.board().slug() + "/revisions", null,
                "{\"label\":\"3.0\",\"sourceRef\":\"v3.0\"}", bearer);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Set-Cookie")).isNull();
        assertThat(jdbc.queryForObject("SELECT token_hash FROM access_tokens WHERE id = ?", String.class,
                token.token().id().toString())).doesNotContain(token.value()).hasSize(64);

        assertThat(tokens.revoke(listing.maker().id(), token.token().id())).isTrue();
        assertThat(api.post("/api/v1/boards/" + listing.board().slug() + "/revisions", null,
                "{\"label\":\"3.1\"}", bearer).status()).isEqualTo(401);
        assertThat(api.post("/api/v1/boards/" + listing.board().slug() + "/revisions", null, "{\"label\":\"3.1\"}",
                Map.of("Authorization", "Bearer osm_not-a-real-token")).status()).isEqualTo(401);
    }
}
