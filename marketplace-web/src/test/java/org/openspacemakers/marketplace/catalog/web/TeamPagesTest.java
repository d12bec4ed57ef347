package org.openspacemakers.marketplace.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openspacemakers.marketplace.account.Role;
import org.openspacemakers.marketplace.catalog.BoardQueries;
import org.openspacemakers.marketplace.catalog.Revision;
import org.openspacemakers.marketplace.compliance.ReviewStatus;
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

/**
 * The team's pages refuse another team's listings, name a field they cannot read in the page's
 * language and store nothing then, hand a revision in only with a complete dossier, and the
 * profile's tokens are shown once.
 */
@MarketplaceTest
class TeamPagesTest {

    @Autowired
    Api api;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DossierFixtures dossiers;
    @Autowired
    BoardQueries catalog;
    @Autowired
    Reviews reviews;

    @Test
    void anotherTeamsListingAnswersTheNotFoundPageAndChangesNothing() {
        Fixtures.Listing theirs = fixtures.submittedListing();
        Credentials outsider = fixtures.user(Role.MAKER);
        Api.Session session = api.signIn(outsider);

        assertThat(api.get("/listings/" + theirs.board().slug(), session.headers()).status()).isEqualTo(404);
        assertThat(api.get("/teams/" + theirs.team().slug(), session.headers()).status()).isEqualTo(404);
        Api.Answer edit = api.submit(session, "/listings/" + theirs.board().slug(), Map.of("name", "Stolen",
                "summary", "x", "licence", "MIT", "sourceUrl", "https://example.org/x"));
        assertThat(edit.status()).isEqualTo(404);
        assertThat(edit.body()).contains("Not found");
        assertThat(api.submit(session, "/listings/" + theirs.board().slug() + "/revisions", Map.of("label", "9.9")).status())
                .isEqualTo(404);
        assertThat(api.submit(session, "/teams/" + theirs.team().slug() + "/capacity",
                Map.of("weeklyCapacity", "1", "horizonWeeks", "1")).status()).isEqualTo(404);
        assertThat(jdbc.queryForObject("SELECT name FROM boards WHERE id = ?", String.class, theirs.board().id().toString()))
                .isEqualTo(theirs.board().name());

        Credentials buyer = fixtures.user(Role.BUYER);
        assertThat(api.get("/teams/" + theirs.team().slug(), api.signIn(buyer).headers()).status()).isEqualTo(403);
    }

    @Test
    void aMakersOwnDashboardShowsItsBoardsCapacityAndWaitingOrders() {
        Fixtures.Listing mine = fixtures.approvedListing("FR");
        Credentials buyer = fixtures.user(Role.BUYER);
        String placed = api.placeOrder(buyer, java.util.UUID.randomUUID().toString(),
                OrderBodies.orderBody(mine.fullKit().id(), 2, "FR")).json().get("id").asText();
        // The fulfilment queue holds paid orders.
        assertThat(api.post("/api/v1/orders/" + placed + "/bank-transfer/confirm", fixtures.user(Role.ADMIN), "").status())
                .isEqualTo(200);
        Api.Session session = api.signIn(mine.maker());

        String dashboard = api.get("/teams/" + mine.team().slug() + "?lang=en", session.headers()).body();
        assertThat(dashboard).contains(mine.board().name()).contains("Approved").contains("approved for a test")
                .contains("2 boards queued of 80 slots on sale").contains("id=\"waiting-orders\"");
        Api.Answer saved = api.submit(session, "/teams/" + mine.team().slug() + "/capacity",
                Map.of("weeklyCapacity", "5", "horizonWeeks", "4", "workshopAddress", "1 rue du Test, Lyon"));
        assertThat(saved.status()).isEqualTo(302);
        assertThat(jdbc.queryForObject("SELECT weekly_capacity * horizon_weeks FROM teams WHERE id = ?", Integer.class,
                mine.team().id().toString())).isEqualTo(20);
    }

    @Test
    void aBadlyTypedAmountOnTheOfferFormIsNamedOnThePageAndNothingIsStored() {
        Fixtures.Listing listing = fixtures.submittedListing();
        Revision draft = fixtures.draftRevision(listing.maker(), listing.board(), "2.0");
        Api.Session session = api.signIn(listing.maker());
        String path = "/revisions/" + draft.id() + "/offers/ASSEMBLY_ONLY?lang=en";
        Map<String, String> offer = new LinkedHashMap<>(Map.of("price", "20", "parts", "0", "pcb", "4", "labour", "8,5O",
                "association", "4", "team", "3.50", "vatCategory", "STANDARD"));

        Api.Answer refused = api.submit(session, path, offer);

        assertThat(refused.status()).isEqualTo(302);
        String shown = page(refused, session);
        assertThat(shown).contains("labour: an amount in euros, such as 12.50")
                .doesNotContain("price:").doesNotContain("team:");
        String form = shown.substring(shown.indexOf("offer-ASSEMBLY_ONLY"), shown.indexOf("</form>", shown.indexOf("offer-ASSEMBLY_ONLY")));
        assertThat(form).as("what was typed stays, in euros").contains("name=\"labour\" size=\"6\" value=\"8,5O\"")
                .contains("name=\"price\" size=\"8\" value=\"20\"").contains("name=\"team\" size=\"6\" value=\"3.50\"")
                .containsPattern("name=\"labour\"[^>]*></label><span class=\"field-problem\" role=\"alert\" data-field=\"labour\">an amount in euros");
        assertThat(assemblyOnlyOffers(draft)).isZero();

        offer.remove("pcb");
        assertThat(page(api.submit(session, path, offer), session)).contains("pcb: is required");
        assertThat(assemblyOnlyOffers(draft)).isZero();

        offer.put("pcb", "4");
        offer.put("labour", "8,50");
        offer.put("team", "3.00");
        String short50 = page(api.submit(session, path, offer), session);
        assertThat(short50.substring(short50.indexOf("offer-ASSEMBLY_ONLY"))).as("a breakdown short of the price, under the price")
                .containsPattern("name=\"price\"[^>]*></label><span class=\"field-problem\" role=\"alert\" data-field=\"price\">")
                .contains("name=\"team\" size=\"6\" value=\"3.00\"");
        assertThat(assemblyOnlyOffers(draft)).isZero();
        offer.put("team", "3.50");
        assertThat(page(api.submit(session, path, offer), session)).contains("Saved.").doesNotContain("id=\"problems\"");
        assertThat(jdbc.queryForObject("SELECT price_minor FROM offers WHERE revision_id = ? AND kind = 'ASSEMBLY_ONLY'",
                Long.class, draft.id().toString())).isEqualTo(2000L);
    }

    @Test
    void anApprovedRevisionsPageChangesOnlyItsPricesAndShowsAnyOtherChangeRefused() {
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        Api.Session session = api.signIn(listing.maker());
        String editor = "/listings/" + listing.board().slug() + "?lang=en";
        String revision = section(api.get(editor, session.headers()).body(), "edit-revision-1.0");
        assertThat(revision).contains("only the price and its breakdown may still change").contains("offer-FULL_KIT")
                .as("no new kind").doesNotContain("offer-ASSEMBLY_ONLY")
                .as("the VAT category read-only").doesNotContain("<select name=\"vatCategory\"")
                .contains("VAT category: Standard rate");
        String offers = "/revisions/" + listing.revision().id() + "/offers/";
        Map<String, String> fullKit = new LinkedHashMap<>(Map.of("price", "25", "parts", "10", "pcb", "3", "labour", "7",
                "association", "2.50", "team", "2.50", "vatCategory", "REDUCED"));

        assertThat(page(api.submit(session, offers + "FULL_KIT?lang=en", fullKit), session))
                .contains("id=\"problems\"").contains("the VAT category of its offer (Full kit (parts and assembly)) can no longer change");
        assertThat(page(api.submit(session, offers + "ASSEMBLY_ONLY?lang=fr", Map.of("price", "15", "parts", "0", "pcb", "3",
                "labour", "8", "association", "2", "team", "2", "vatCategory", "STANDARD")), session))
                .contains("on ne peut plus lui ajouter d&#39;offre (Assemblage seul");
        assertThat(assemblyOnlyOffers(listing.revision())).isZero();
        assertThat(jdbc.queryForObject("SELECT vat_category FROM offers WHERE id = ?", String.class,
                listing.fullKit().id().toString())).isEqualTo("STANDARD");

        fullKit.putAll(Map.of("price", "19.90", "labour", "1.90", "vatCategory", "STANDARD"));
        String saved = page(api.submit(session, offers + "FULL_KIT?lang=en", fullKit), session);

        assertThat(saved).contains("Saved.").doesNotContain("id=\"problems\"");
        assertThat(section(saved, "edit-revision-1.0")).contains("Price changes").contains("by Test MAKER: 25.00 EUR to 19.90 EUR");
        assertThat(api.get("/boards/" + listing.board().slug() + "?lang=en").body()).contains("19.90").doesNotContain("25.00");
    }

    @Test
    void aFrenchPageSaysInFrenchWhichFieldIsMissingAndChangesNothing() {
        Fixtures.Listing mine = fixtures.submittedListing();
        Api.Session session = api.signIn(mine.maker());

        Api.Answer refused = api.submit(session, "/teams/" + mine.team().slug() + "/capacity?lang=fr",
                Map.of("horizonWeeks", "4", "workshopAddress", "1 rue du Test, Lyon"));

        assertThat(refused.status()).isEqualTo(302);
        assertThat(page(refused, session)).contains("weeklyCapacity: est obligatoire").doesNotContain("is required");
        assertThat(jdbc.queryForObject("SELECT horizon_weeks FROM teams WHERE id = ?", Integer.class,
                mine.team().id().toString())).isEqualTo(8);
        assertThat(page(api.submit(session, "/teams/" + mine.team().slug() + "/capacity?lang=fr",
                Map.of("weeklyCapacity", "dix", "horizonWeeks", "4")), session)).contains("weeklyCapacity: est un nombre entier");
    }

    @Test
    void aDraftWhoseDossierHasGapsIsNotSubmittedAndItsPageListsTheGapsNextToTheButtonInTheTeamsLanguage() {
        Fixtures.Listing draft = fixtures.draftListingWithoutDossier();
        Api.Session session = api.signIn(draft.maker());
        String submit = "/revisions/" + draft.revision().id() + "/submit?lang=fr";

        Api.Answer refused = api.submit(session, submit, Map.of());

        assertThat(refused.header("Location")).contains("/listings/" + draft.board().slug());
        String revision = section(page(refused, session), "edit-revision-1.0");
        assertThat(revision.indexOf("id=\"submit-refused\"")).as("next to the submit button")
                .isGreaterThan(revision.indexOf("class=\"submit-revision\""));
        assertThat(section(revision, "submit-refused")).contains("Révision non soumise")
                .contains("data-code=\"CE_INFO_INCOMPLETE\"").contains("La partie CE du dossier est incomplète.")
                .as("each item in words, in the page's language").contains(">actes applicables<").doesNotContain("applicable acts")
                .contains("data-section=\"ce\"").contains("data-code=\"DOC_MISSING\"")
                .contains("data-code=\"ROHS_EVIDENCE_MISSING\"").contains("R1 R2")
                .contains("data-code=\"GPSR_INFO_INCOMPLETE\"").doesNotContain("CHECKLIST_INCOMPLETE");
        assertThat(catalog.revision(draft.revision().id()).orElseThrow().reviewStatus()).isEqualTo(ReviewStatus.DRAFT);
        assertThat(reviews.review(RevisionRef.of(draft.revision().id()))).isEmpty();

        dossiers.fill(draft.revision().id(), draft.maker().id(), Fixtures.completeDossier());
        String submitted = page(api.submit(session, submit, Map.of()), session);
        assertThat(submitted).contains("Soumise à la revue de conformité.").doesNotContain("id=\"submit-refused\"");
        assertThat(catalog.revision(draft.revision().id()).orElseThrow().reviewStatus()).isEqualTo(ReviewStatus.SUBMITTED);
    }

    /** The element with this id, up to its closing tag (no element of the same name nested in it). */
    private static String section(String html, String id) {
        Matcher open = Pattern.compile("<(\\w+)[^>]*\\bid=\"" + Pattern.quote(id) + "\"").matcher(html);
        assertThat(open.find()).as("an element with id " + id).isTrue();
        int end = html.indexOf("</" + open.group(1) + ">", open.end());
        return html.substring(open.start(), end < 0 ? html.length() : end);
    }

    /** The page a form's answer redirects to. */
    private String page(Api.Answer redirect, Api.Session session) {
        assertThat(redirect.status()).isEqualTo(302);
        return api.get(redirect.header("Location").replace(api.baseUrl(), ""), session.headers()).body();
    }

    private int assemblyOnlyOffers(Revision revision) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM offers WHERE revision_id = ? AND kind = 'ASSEMBLY_ONLY'",
                Integer.class, revision.id().toString());
    }

    @Test
    void aPersonalAccessTokenIsShownOnceAndCanBeRevokedFromTheProfile() {
        Fixtures.Listing mine = fixtures.submittedListing();
        Api.Session session = api.signIn(mine.maker());
        assertThat(page(api.submit(session, "/account/tokens?lang=fr", Map.of("name", "x".repeat(101))), session))
                .as("refused in the page's language").contains("name: a de 1 à 100 caractères").doesNotContain("id=\"new-token\"");

        Api.Answer created = api.submit(session, "/account/tokens", Map.of("name", "CI"));
        assertThat(created.status()).isEqualTo(302);
        String page = api.get("/account?lang=en", session.headers()).body();
        Matcher token = Pattern.compile("id=\"new-token\">(osm_[A-Za-z0-9_-]+)<").matcher(page);
        assertThat(token.find()).isTrue();
        assertThat(api.get("/account?lang=en", session.headers()).body()).as("shown once").doesNotContain(token.group(1));

        Map<String, String> bearer = Map.of("Authorization", "Bearer " + token.group(1));
        assertThat(api.post("/api/v1/boards/" + mine.board().slug() + "/revisions", null, "{\"label\":\"5.0\"}", bearer)
                .status()).isEqualTo(201);
        String tokenId = jdbc.queryForObject("SELECT id FROM access_tokens WHERE user_id = ?", String.class,
                mine.maker().id().toString());
        assertThat(api.submit(session, "/account/tokens/" + tokenId + "/revoke", Map.of()).status()).isEqualTo(302);
        assertThat(api.post("/api/v1/boards/" + mine.board().slug() + "/revisions", null, "{\"label\":\"5.1\"}", bearer)
                .status()).isEqualTo(401);

        Credentials other = fixtures.user(Role.MAKER);
        assertThat(api.submit(api.signIn(other), "/account/tokens/" + tokenId + "/revoke", Map.of()).status()).isEqualTo(404);
    }

    @Test
    void anAdministratorCreatesATeamAndAddsAMakerFromThePages() {
        Credentials admin = fixtures.user(Role.ADMIN);
        Credentials maker = fixtures.user(Role.MAKER);
        Api.Session session = api.signIn(admin);
        String slug = "crew-" + java.util.UUID.randomUUID().toString().substring(0, 8);

        assertThat(page(api.submit(session, "/admin/teams?lang=fr", Map.of("slug", slug, "name", " ", "members", "")), session))
                .contains("name: est obligatoire");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM teams WHERE slug = ?", Integer.class, slug)).isZero();
        assertThat(api.submit(session, "/admin/teams", Map.of("slug", slug, "name", "Crew", "members", "")).status())
                .isEqualTo(302);
        assertThat(api.submit(session, "/admin/teams/" + slug + "/members", Map.of("email", maker.email())).status())
                .isEqualTo(302);
        assertThat(api.get("/teams/" + slug, api.signIn(maker).headers()).status()).isEqualTo(200);
        assertThat(api.get("/admin/teams", api.signIn(maker).headers()).status()).isEqualTo(403);
    }
}
