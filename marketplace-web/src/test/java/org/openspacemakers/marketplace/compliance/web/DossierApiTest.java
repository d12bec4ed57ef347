package org.openspacemakers.marketplace.compliance.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openspacemakers.marketplace.account.Role;
import org.openspacemakers.marketplace.catalog.Board;
import org.openspacemakers.marketplace.catalog.BoardQueries;
import org.openspacemakers.marketplace.catalog.Listings;
import org.openspacemakers.marketplace.catalog.Teams;
import org.openspacemakers.marketplace.catalog.Revision;
import org.openspacemakers.marketplace.catalog.Slug;
import org.openspacemakers.marketplace.compliance.ChecklistItem;
import org.openspacemakers.marketplace.support.Api;
import org.openspacemakers.marketplace.fixtures.Credentials;
import org.openspacemakers.marketplace.fixtures.DossierFixtures;
import org.openspacemakers.marketplace.fixtures.Fixtures;
import org.openspacemakers.marketplace.support.MarketplaceTest;
import org.openspacemakers.marketplace.support.TravellingClock;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A revision's dossier through the API: its team fills it, reviewers read it, approval checks it.
 * Two tests travel in time, and come back: one a day, past a standard's withdrawal, the other to
 * the day after an exemption's end in the exemptions table.
 */
@MarketplaceTest
class DossierApiTest {

    @Autowired
    Api api;
    @Autowired
    Fixtures fixtures;
    @Autowired
    BoardQueries catalog;
    @Autowired
    Listings listings;
    @Autowired
    Teams teams;
    @Autowired
    TravellingClock clock;

    @AfterEach
    void backToNow() {
        clock.backToNow();
    }

    private static final String APPROVE_FR = """
            {"countries":["FR"],"buyerTypes":["CONSUMER","PROFESSIONAL"],"reason":"dossier complete"%s}""";

    /** A fresh team's draft revision (with {@link Fixtures#SMALL_BOM}) and no dossier yet. */
    record Draft(Credentials maker, Board board, Revision revision) {
        String path() {
            return "/api/v1/revisions/" + revision.id() + "/dossier";
        }
    }

    private Draft draft() {
        Credentials maker = fixtures.user(Role.MAKER);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        teams.create(Slug.of("dossier-" + suffix), "Dossier team " + suffix, List.of(maker.id()));
        Board board = listings.createBoard(maker.id(), "dossier-" + suffix, Slug.of("dossier-board-" + suffix),
                Fixtures.boardText("Dossier board " + suffix));
        return new Draft(maker, board, fixtures.draftRevision(maker, board, "1.0"));
    }

    @Test
    void aTeamMemberFillsTheDossierAndReadsItBackWithHashesAndNoGaps() {
        Draft draft = draft();
        Api.Answer empty = api.get(draft.path(), draft.maker());
        assertThat(empty.status()).as("no dossier yet: an empty one, not 404").isEqualTo(200);
        assertThat(empty.json().get("editable").asBoolean()).isTrue();
        assertThat(empty.json().get("files").size()).isZero();
        assertThat(empty.json().get("subject").get("frozen").asBoolean()).isFalse();
        assertThat(empty.json().get("subject").get("label").asString()).isEqualTo("1.0");
        assertThat(empty.codes("gaps")).contains("DOC_MISSING", "ROHS_EVIDENCE_MISSING", "GPSR_INFO_INCOMPLETE",
                "CE_INFO_INCOMPLETE", "WEEE_INFO_INCOMPLETE");

        byte[] doc = DossierFixtures.pdf("EU Declaration of Conformity DOC-1", "Signed.");
        byte[] declarations = DossierFixtures.pdf("RoHS declarations of the parts");
        byte[] solder = png();
        Api.Answer uploaded = upload(draft.path(), draft.maker(), "declaration-of-conformity.pdf", doc);
        assertThat(uploaded.status()).isEqualTo(201);
        assertThat(uploaded.json().get("sha256").asString()).isEqualTo(sha256(doc));
        assertThat(uploaded.json().get("contentType").asString()).isEqualTo("application/pdf");
        assertThat(uploaded.json().get("size").asLong()).isEqualTo(doc.length);
        assertThat(uploaded.header("Location")).isEqualTo(draft.path() + "/evidence/" + sha256(doc));
        assertThat(upload(draft.path(), draft.maker(), "rohs.pdf", declarations).status()).isEqualTo(201);
        Api.Answer png = upload(draft.path(), draft.maker(), "solder; paste été.png", solder);
        assertThat(png.status()).isEqualTo(201);
        assertThat(png.json().get("contentType").asString()).isEqualTo("image/png");
        assertThat(png.json().get("fileName").asString()).isEqualTo("solder; paste été.png");

        Api.Answer saved = api.put(draft.path(), draft.maker(), completeContent(sha256(doc), sha256(declarations),
                sha256(solder), empty.json().get("subject").get("bomHash").asString()));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.json().get("gaps").size()).as(saved.body()).isZero();

        JsonNode dossier = api.get(draft.path(), draft.maker()).json();
        assertThat(dossier.get("gaps").size()).isZero();
        assertThat(dossier.get("editable").asBoolean()).isTrue();
        assertThat(dossier.get("content").get("ce").get("docFile").asString()).isEqualTo(sha256(doc));
        assertThat(dossier.get("content").get("ce").get("docRevisionLabel").asString()).isEqualTo("1.0");
        assertThat(dossier.get("content").get("ce").get("docSignedOn").asString()).isEqualTo("2025-01-20");
        assertThat(dossier.get("content").get("rohs").get("parts").get(1).get("line").asString()).isEqualTo("U1");
        assertThat(dossier.get("content").get("gpsr").get("warnings").get("fr").asString()).startsWith("Carte");
        assertThat(dossier.get("files").valueStream().map(f -> f.get("sha256").asString()).toList())
                .containsExactlyInAnyOrder(sha256(doc), sha256(declarations), sha256(solder));
        assertThat(dossier.get("checklist").valueStream().map(JsonNode::asString).toList())
                .contains("DECLARATION_OF_CONFORMITY", "ROHS_PARTS", "GPSR").doesNotContain("RADIO", "BATTERY", "SVHC");

        HttpResponse<byte[]> file = download(draft.path() + "/evidence/" + sha256(solder), draft.maker());
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.body()).isEqualTo(solder);
        assertThat(file.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(file.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(file.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment;")
                .as("the name encoded, its separator unable to end the header's value")
                .contains("filename*=UTF-8''solder%3B%20paste%20%C3%A9t%C3%A9.png");
    }

    @Test
    void refusedUploadsAnswer400NamingTheFileAndStoreNothing() {
        Draft draft = draft();
        byte[] text = "just some text, not a PDF".getBytes(StandardCharsets.UTF_8);
        Api.Answer renamed = upload(draft.path(), draft.maker(), "declaration.pdf", text);
        assertThat(renamed.status()).isEqualTo(400);
        assertThat(renamed.codes("errors")).containsExactly("file");

        assertThat(upload(draft.path(), draft.maker(), "empty.pdf", new byte[0]).codes("errors")).containsExactly("file");

        Api.Answer tooLarge = upload(draft.path(), draft.maker(), "large.pdf", pdfOf(10 * 1024 * 1024 + 512 * 1024));
        assertThat(tooLarge.status()).as("10.5 MB: refused by the dossier's own limit").isEqualTo(400);
        assertThat(tooLarge.codes("errors")).containsExactly("file");
        assertThat(tooLarge.json().get("errors").get(0).get("message").asString()).contains("10 MB");

        Api.Answer overMultipartLimit = upload(draft.path(), draft.maker(), "huge.pdf", pdfOf(11 * 1024 * 1024 + 512 * 1024));
        assertThat(overMultipartLimit.status()).as("over the upload limit itself: a clean 400 too").isEqualTo(400);
        assertThat(overMultipartLimit.codes("errors")).containsExactly("file");

        assertThat(api.postBytes(draft.path() + "/evidence", draft.maker(), DossierFixtures.pdf("x"), "application/pdf").status())
                .as("not a multipart upload").isIn(400, 415);

        JsonNode dossier = api.get(draft.path(), draft.maker()).json();
        assertThat(dossier.get("files").size()).as("nothing stored").isZero();
    }

    @Test
    void anExemptionOutsideTheTableIsRefusedNamingItsFieldAndNothingIsStored() {
        Draft draft = draft();
        byte[] doc = DossierFixtures.pdf("EU Declaration of Conformity");
        upload(draft.path(), draft.maker(), "doc.pdf", doc);
        String complete = completeContent(sha256(doc), sha256(doc), sha256(doc), bomHash(draft));

        Api.Answer refused = api.put(draft.path(), draft.maker(), claiming(complete, "\"exemption\":\"7(c)-IV\""));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.codes("errors")).containsExactly("rohs.parts[0].exemption");
        JsonNode dossier = api.get(draft.path(), draft.maker()).json();
        assertThat(dossier.get("content").get("rohs").get("parts").size()).as("nothing stored").isZero();
        assertThat(dossier.get("content").get("ce").get("docFile").isNull()).isTrue();
    }

    @Test
    void anExemptionsExpiryIsTheTablesForTheCategoryWhateverDateTheBodyTypes() {
        Draft draft = draft();
        byte[] doc = DossierFixtures.pdf("EU Declaration of Conformity");
        upload(draft.path(), draft.maker(), "doc.pdf", doc);
        String complete = completeContent(sha256(doc), sha256(doc), sha256(doc), bomHash(draft));

        Api.Answer saved = api.put(draft.path(), draft.maker(),
                claiming(complete, "\"exemption\":\"7(c)-I\",\"exemptionExpires\":\"2099-01-01\""));

        assertThat(saved.status()).as("a body from before the table is still taken: " + saved.body()).isEqualTo(200);
        assertThat(saved.json().get("gaps").size()).isZero();
        assertThat(saved.json().get("earliestExpiry").asString()).as("7(c)-I in category 9").isEqualTo("2027-06-30");
        JsonNode part = saved.json().get("content").get("rohs").get("parts").get(0);
        assertThat(part.get("exemption").asString()).isEqualTo("7(c)-I");
        assertThat(part.has("exemptionExpires")).isFalse();

        String aluminium = claiming(complete, "\"exemption\":\"6(b)-I\"");
        assertThat(api.put(draft.path(), draft.maker(), aluminium.replace("\"category\":9", "\"category\":3")).json()
                .get("earliestExpiry").asString()).as("6(b)-I in category 3").isEqualTo("2026-12-11");
        assertThat(api.put(draft.path(), draft.maker(), aluminium.replace("\"category\":9", "\"category\":11")).json()
                .get("earliestExpiry").asString()).as("6(b)-I in category 11").isEqualTo("2027-06-11");
        Api.Answer notCovered = api.put(draft.path(), draft.maker(), claiming(complete, "\"exemption\":\"15(a)\""));
        assertThat(notCovered.json().get("gaps").get(0).get("subject").asString())
                .isEqualTo("R1 R2: exemption 15(a) does not cover RoHS category 9");
    }

    @Test
    void evidenceNamingAnotherPartThanTheBomLinesIsAGapNamingBoth() {
        Draft draft = draft();
        byte[] doc = DossierFixtures.pdf("EU Declaration of Conformity");
        upload(draft.path(), draft.maker(), "doc.pdf", doc);

        Api.Answer saved = api.put(draft.path(), draft.maker(), completeContent(sha256(doc), sha256(doc), sha256(doc), bomHash(draft))
                .replace("\"mpn\":\"RC0603FR-0710KL\"", "\"mpn\":\"RC0603JR-07100RL\""));

        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.codes("gaps")).containsExactly("ROHS_EVIDENCE_MISSING");
        assertThat(saved.json().get("gaps").get(0).get("subject").asString())
                .isEqualTo("R1 R2: the evidence names RC0603JR-07100RL, not RC0603FR-0710KL");
    }

    /** The hash of the draft revision's BOM, as its dossier's subject gives it: the declaration names it. */
    private String bomHash(Draft draft) {
        return api.get(draft.path(), draft.maker()).json().get("subject").get("bomHash").asString();
    }

    /** The complete content with these fields added to the first BOM line's evidence. */
    private static String claiming(String complete, String fields) {
        String end = "\"flagReadOn\":\"2025-01-10\"}";
        assertThat(complete).contains(end);
        return complete.replace(end, end.substring(0, end.length() - 1) + "," + fields + "}");
    }

    @Test
    void aDossierNamingAFileNeverUploadedOrABadLanguageIsRefusedNamingTheField() {
        Draft draft = draft();
        byte[] doc = DossierFixtures.pdf("EU Declaration of Conformity");
        upload(draft.path(), draft.maker(), "doc.pdf", doc);
        String never = sha256("never uploaded".getBytes(StandardCharsets.UTF_8));

        Api.Answer unknownFile = api.put(draft.path(), draft.maker(), completeContent(never, sha256(doc), sha256(doc), ""));
        assertThat(unknownFile.status()).isEqualTo(400);
        assertThat(unknownFile.codes("errors")).containsExactly("ce.docFile");

        Api.Answer badLanguage = api.put(draft.path(), draft.maker(),
                "{\"gpsr\":{\"manufacturerName\":\"Us\",\"warnings\":{\"xx\":\"Beware\"}}}");
        assertThat(badLanguage.status()).isEqualTo(400);
        assertThat(badLanguage.codes("errors")).containsExactly("gpsr.warnings");

        Api.Answer badEnum = api.put(draft.path(), draft.maker(), "{\"ce\":{\"emcClass\":\"Z\"}}");
        assertThat(badEnum.status()).isEqualTo(400);
        assertThat(badEnum.codes("errors")).containsExactly("ce.emcClass");

        Api.Answer badDate = api.put(draft.path(), draft.maker(), "{\"ce\":{\"docSignedOn\":\"20/01/2025\"}}");
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.codes("errors")).containsExactly("ce.docSignedOn");

        Api.Answer longPlace = api.put(draft.path(), draft.maker(),
                "{\"ce\":{\"docPlace\":\"" + "T".repeat(201) + "\"}}");
        assertThat(longPlace.status()).isEqualTo(400);
        assertThat(longPlace.codes("errors")).containsExactly("ce.docPlace");

        assertThat(api.put(draft.path(), draft.maker(), "{not json").codes("errors")).containsExactly("body");

        JsonNode dossier = api.get(draft.path(), draft.maker()).json();
        assertThat(dossier.get("content").get("gpsr").get("manufacturerName").asString()).as("nothing stored").isEmpty();
        assertThat(dossier.get("content").get("ce").get("docFile").isNull()).isTrue();

        Api.Answer partial = api.put(draft.path(), draft.maker(), "{\"ce\":{\"acts\":[\"EMC\"],\"docNumber\":\"D-1\"}}");
        assertThat(partial.status()).as("a draft may be stated bit by bit: " + partial.body()).isEqualTo(200);
        assertThat(partial.json().get("content").get("ce").get("acts").get(0).asString()).isEqualTo("EMC");
        assertThat(partial.json().get("content").get("ce").get("mainsSupplied").asBoolean()).isFalse();
        assertThat(partial.codes("gaps")).contains("DOC_MISSING").doesNotContain("SVHC_DISCLOSURE_MISSING");
    }

    @Test
    void onlyTheTeamReviewersAndAdministratorsSeeTheDossier() {
        Draft draft = draft();
        byte[] doc = DossierFixtures.pdf("EU Declaration of Conformity");
        upload(draft.path(), draft.maker(), "doc.pdf", doc);
        String file = draft.path() + "/evidence/" + sha256(doc);

        Credentials otherMaker = draft().maker();
        Credentials buyer = fixtures.user(Role.BUYER);
        for (Credentials stranger : List.of(otherMaker, buyer)) {
            assertThat(api.get(draft.path(), stranger).status()).isEqualTo(404);
            assertThat(api.put(draft.path(), stranger, "{}").status()).isEqualTo(404);
            assertThat(upload(draft.path(), stranger, "doc.pdf", DossierFixtures.pdf("theirs")).status()).isEqualTo(404);
            assertThat(download(file, stranger).statusCode()).isEqualTo(404);
        }
        assertThat(api.get(draft.path(), draft.maker()).json().get("files").size()).as("the strangers stored nothing")
                .isEqualTo(1);

        Credentials reviewer = fixtures.user(Role.REVIEWER);
        assertThat(api.get(draft.path(), reviewer).status()).isEqualTo(200);
        HttpResponse<byte[]> downloaded = download(file, reviewer);
        assertThat(downloaded.statusCode()).isEqualTo(200);
        assertThat(downloaded.body()).isEqualTo(doc);
        assertThat(api.put(draft.path(), reviewer, "{}").status()).as("reviewers read, never write").isEqualTo(404);
        assertThat(api.get(draft.path(), fixtures.user(Role.ADMIN)).status()).isEqualTo(200);

        assertThat(download(draft.path() + "/evidence/" + sha256(new byte[] {1}), draft.maker()).statusCode()).isEqualTo(404);
        assertThat(download(draft.path() + "/evidence/not-a-hash", draft.maker()).statusCode()).isEqualTo(404);
        assertThat(api.get("/api/v1/revisions/" + UUID.randomUUID() + "/dossier", reviewer).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/revisions/not-a-uuid/dossier", reviewer).status()).isEqualTo(404);
        assertThat(api.get(draft.path()).status()).as("anonymous").isEqualTo(401);
    }

    @Test
    void aSubmittedDossierIsFrozen() {
        Fixtures.Listing listing = fixtures.submittedListing();
        String path = "/api/v1/revisions/" + listing.revision().id() + "/dossier";
        JsonNode dossier = api.get(path, listing.maker()).json();
        assertThat(dossier.get("editable").asBoolean()).isFalse();
        assertThat(dossier.get("subject").get("frozen").asBoolean()).isTrue();
        assertThat(dossier.get("subject").get("bomHash").asString()).isEqualTo(catalog.revision(listing.revision().id()).orElseThrow().bomHash().orElseThrow());

        Api.Answer changed = api.put(path, listing.maker(), Api.JSON.writeValueAsString(dossier.get("content")));
        assertThat(changed.status()).isEqualTo(409);
        assertThat(changed.codes("reasons")).containsExactly("INVALID_STATE");
        Api.Answer uploaded = upload(path, listing.maker(), "late.pdf", DossierFixtures.pdf("too late"));
        assertThat(uploaded.status()).isEqualTo(409);
        assertThat(api.get(path, listing.maker()).json().get("files").size()).isEqualTo(dossier.get("files").size());
    }

    @Test
    void approvalChecksTheDossierAndTheChecklistAndRecordsWhatTheReviewerSaw() {
        Credentials reviewer = fixtures.user(Role.REVIEWER);
        // Handed in complete with an exemption: the day after the table's last day for it, the dossier has a gap again.
        DossierFixtures.CompleteDossier exempt = Fixtures.completeDossier().withExemption("7(c)-I", 9);
        Fixtures.Listing lapsed = fixtures.submittedListing(exempt);
        clock.travelTo(exempt.exemptionEnds().plusDays(1));
        String review = "/api/v1/revisions/" + lapsed.revision().id() + "/review";
        api.post(review + "/start", reviewer, null);
        Api.Answer refused = api.post(review + "/approve", reviewer, APPROVE_FR.formatted(""));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("type").asString()).isEqualTo("/problems/dossier-incomplete");
        assertThat(refused.codes("reasons")).containsExactly("EVIDENCE_EXPIRED");
        JsonNode expired = refused.json().get("reasons").get(0);
        assertThat(expired.get("message").asString()).isEqualTo("A piece of compliance evidence has expired.");
        assertThat(expired.get("subject").asString()).isEqualTo("R1 R2: exemption 7(c)-I expired on 2027-06-30");
        assertThat(reviewStatus(lapsed)).isEqualTo("IN_REVIEW");
        clock.backToNow();

        Fixtures.Listing complete = fixtures.submittedListing();
        review = "/api/v1/revisions/" + complete.revision().id() + "/review";
        api.post(review + "/start", reviewer, null);
        Api.Answer partial = api.post(review + "/approve", reviewer,
                APPROVE_FR.formatted(",\"checklist\":[\"CE_SCOPE\",\"EMC_CLASS\",\"STANDARDS\"]"));
        assertThat(partial.status()).isEqualTo(409);
        assertThat(partial.codes("reasons")).containsOnly("CHECKLIST_INCOMPLETE");
        assertThat(partial.json().get("reasons").valueStream().map(r -> r.get("subject").asString()).toList())
                .contains("DECLARATION_OF_CONFORMITY", "ROHS_PARTS", "GPSR").doesNotContain("CE_SCOPE", "EMC_CLASS");
        assertThat(reviewStatus(complete)).isEqualTo("IN_REVIEW");
        assertThat(api.post(review + "/approve", reviewer, APPROVE_FR.formatted(",\"checklist\":[]"),
                java.util.Map.of("Accept-Language", "fr")).json().get("reasons").get(0).get("message").asString())
                .isEqualTo("Un point de la liste de contrôle n'a pas été confirmé.");

        String dossierPath = "/api/v1/revisions/" + complete.revision().id() + "/dossier";
        JsonNode dossier = api.get(dossierPath, reviewer).json();
        List<String> everything = dossier.get("checklist").valueStream().map(JsonNode::asString).toList();
        Api.Answer approved = api.post(review + "/approve", reviewer,
                APPROVE_FR.formatted(",\"checklist\":" + Api.JSON.writeValueAsString(everything)));
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().get("status").asString()).isEqualTo("APPROVED");
        assertThat(approved.json().has("nextExpiry")).isTrue();
        JsonNode decisions = approved.json().get("decisions");
        JsonNode approval = decisions.get(decisions.size() - 1);
        assertThat(approval.get("kind").asString()).isEqualTo("APPROVED");
        assertThat(approval.get("checklist").valueStream().map(JsonNode::asString).toList())
                .containsExactlyInAnyOrderElementsOf(everything);
        byte[] doc = download(dossierPath + "/evidence/" + dossier.get("content").get("ce").get("docFile").asString(),
                reviewer).body();
        assertThat(approval.get("evidence").get("DOC").asString()).isEqualTo(sha256(doc));
        assertThat(approval.get("evidence").get("SOLDER").asString())
                .isEqualTo(dossier.get("content").get("rohs").get("solderFile").asString());
        assertThat(decisions.get(0).get("checklist").size()).as("other decisions confirm nothing").isZero();
    }

    @Test
    void approvalIsRefusedOnceAStandardAppliedIsWithdrawn() {
        Credentials reviewer = fixtures.user(Role.REVIEWER);
        // Handed in complete, its standard withdrawn from the next day on: by then it no longer counts.
        LocalDate tomorrow = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(1);
        Fixtures.Listing listing = fixtures.submittedListing(Fixtures.completeDossier().withStandardWithdrawnOn(tomorrow));
        String review = "/api/v1/revisions/" + listing.revision().id() + "/review";
        api.post(review + "/start", reviewer, null);
        clock.travel(Duration.ofDays(1));

        Api.Answer refused = api.post(review + "/approve", reviewer, APPROVE_FR.formatted(""));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("type").asString()).isEqualTo("/problems/dossier-incomplete");
        assertThat(refused.codes("reasons")).containsExactly("EVIDENCE_EXPIRED");
        assertThat(refused.json().get("reasons").get(0).get("subject").asString())
                .isEqualTo(DossierFixtures.STANDARD_NUMBER + " withdrawn on " + tomorrow);
        assertThat(reviewStatus(listing)).isEqualTo("IN_REVIEW");

        clock.backToNow();
        assertThat(api.post(review + "/approve", reviewer, APPROVE_FR.formatted("")).status())
                .as("the day before its withdrawal, the standard still counts").isEqualTo(200);
    }

    @Test
    void anUnknownChecklistItemIsABadRequest() {
        Credentials reviewer = fixtures.user(Role.REVIEWER);
        Fixtures.Listing listing = fixtures.submittedListing();
        String review = "/api/v1/revisions/" + listing.revision().id() + "/review";
        api.post(review + "/start", reviewer, null);
        Api.Answer refused = api.post(review + "/approve", reviewer, APPROVE_FR.formatted(",\"checklist\":[\"NOPE\"]"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.codes("errors").get(0)).startsWith("checklist");
        assertThat(reviewStatus(listing)).isEqualTo("IN_REVIEW");
        assertThat(Arrays.stream(ChecklistItem.values()).map(Enum::name)).doesNotContain("NOPE");
    }

    @Test
    void theOpenApiDescriptionHasTheDossierPaths() {
        JsonNode paths = api.get("/v3/api-docs").json().get("paths");
        assertThat(paths.has("/api/v1/revisions/{revisionId}/dossier")).isTrue();
        assertThat(paths.get("/api/v1/revisions/{revisionId}/dossier").has("get")).isTrue();
        assertThat(paths.get("/api/v1/revisions/{revisionId}/dossier").has("put")).isTrue();
        assertThat(paths.has("/api/v1/revisions/{revisionId}/dossier/evidence")).isTrue();
        assertThat(paths.has("/api/v1/revisions/{revisionId}/dossier/evidence/{sha256}")).isTrue();
    }

    private String reviewStatus(Fixtures.Listing listing) {
        return api.get("/api/v1/boards/" + listing.board().slug()).json().get("revisions").valueStream()
                .filter(r -> r.get("id").asString().equals(listing.revision().id().toString()))
                .findFirst().orElseThrow().get("reviewStatus").asString();
    }

    /** A dossier complete for revision 1.0 with {@link Fixtures#SMALL_BOM} (whose hash is given), as a team would state one. */
    private static String completeContent(String doc, String declarations, String solder, String bomHash) {
        return """
                {"ce":{"acts":["EMC","ROHS"],"scopeRationale":"A finished apparatus under the EMC directive; below 50 V.",
                  "intendedUse":"FINISHED_PRODUCT","supplyVoltage":"3.3 V DC","mainsSupplied":false,"radio":false,
                  "internetConnected":false,"emcClass":"B",
                  "standards":[{"number":"EN IEC 61326-1","edition":"2021","citedInOj":true,"partsApplied":"clauses 6 and 7"}],
                  "technicalFileRef":"TF-1","docNumber":"DOC-1","docRevisionLabel":"1.0","docBomHash":"%4$s",
                  "docSignatoryName":"Camille Laurent","docSignatoryFunction":"Compliance officer","docPlace":"Toulouse",
                  "docSignedOn":"2025-01-20","docFile":"%1$s"},
                 "rohs":{"category":9,"parts":[
                   {"line":"R1 R2","manufacturer":"Yageo","mpn":"RC0603FR-0710KL","type":"MANUFACTURER_DECLARATION",
                    "file":"%2$s","documentDate":"2025-01-10","distributorFlag":"RoHS compliant","flagReadOn":"2025-01-10"},
                   {"line":"U1","manufacturer":"Analog Devices","mpn":"MAX31856MUD+T","type":"MATERIAL_DECLARATION",
                    "file":"%2$s","documentDate":"2025-01-10"}],
                  "solderDescription":"SAC305 lead-free solder paste","solderFile":"%3$s","pcbFinish":"ENIG"},
                 "weee":{"household":true,"categories":"Category 5 (small equipment)","takeBack":"Free one-for-one take-back."},
                 "gpsr":{"manufacturerName":"Open Space Makers","postalAddress":"12 rue des Ateliers, 31000 Toulouse, France",
                  "email":"compliance@openspacemakers.example","productIdentification":"Dossier board, revision 1.0",
                  "warnings":{"fr":"Carte électronique nue : à manipuler hors tension.","en":"Bare board: handle unpowered."}}}
                """.formatted(doc, declarations, solder, bomHash);
    }

    /** A PDF of about this many bytes (a valid header, then padding). */
    private static byte[] pdfOf(int size) {
        byte[] pdf = DossierFixtures.pdf("padding");
        byte[] padded = Arrays.copyOf(pdf, size);
        Arrays.fill(padded, pdf.length, size, (byte) ' ');
        return padded;
    }

    private static byte[] png() {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 3, 0xFF0000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A multipart upload of one evidence file as the field {@code file}. */
    private Api.Answer upload(String dossierPath, Credentials who, String fileName, byte[] content) {
        return api.upload(who, dossierPath + "/evidence", "file", fileName, content, "application/octet-stream");
    }

    /** A download kept as bytes (evidence may be binary). */
    private HttpResponse<byte[]> download(String path, Credentials who) {
        String basic = Base64.getEncoder().encodeToString((who.email() + ":" + who.password()).getBytes(StandardCharsets.UTF_8));
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(api.baseUrl() + path))
                    .header("Authorization", "Basic " + basic).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
