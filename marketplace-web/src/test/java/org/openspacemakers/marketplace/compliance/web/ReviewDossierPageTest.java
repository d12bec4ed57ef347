package org.openspacemakers.marketplace.compliance.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openspacemakers.marketplace.account.Role;
import org.openspacemakers.marketplace.compliance.ChecklistItem;
import org.openspacemakers.marketplace.compliance.Dossiers;
import org.openspacemakers.marketplace.compliance.DossierContent;
import org.openspacemakers.marketplace.compliance.DossierView;
import org.openspacemakers.marketplace.compliance.ReviewState;
import org.openspacemakers.marketplace.compliance.Reviews;
import org.openspacemakers.marketplace.compliance.ReviewStatus;
import org.openspacemakers.marketplace.compliance.RevisionRef;
import org.openspacemakers.marketplace.support.Api;
import org.openspacemakers.marketplace.fixtures.Credentials;
import org.openspacemakers.marketplace.fixtures.DossierFixtures;
import org.openspacemakers.marketplace.fixtures.Fixtures;
import org.openspacemakers.marketplace.support.MarketplaceTest;
import org.openspacemakers.marketplace.support.TravellingClock;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The reviewer's dossier page: what it shows, the decisions taken from it, and who may see it.
 * Tests that need a dossier with a gap travel to the day after an exemption's end in the RoHS
 * exemptions table, and come back.
 */
@MarketplaceTest
class ReviewDossierPageTest {

    @Autowired
    Api api;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Dossiers dossiers;
    @Autowired
    Reviews reviews;
    @Autowired
    TravellingClock clock;

    @AfterEach
    void backToNow() {
        clock.backToNow();
    }

    @Test
    void showsTheRevisionTheDeclarationsHashAndTheEvidenceOfEachBomLine() {
        Fixtures.Listing listing = fixtures.submittedListing();
        DossierView dossier = dossierOf(listing);
        Api.Session reviewer = api.signIn(fixtures.user(Role.REVIEWER));

        assertThat(api.get("/review?lang=en", reviewer.headers()).body())
                .as("the queue links to the dossier page").contains("href=\"/review/" + listing.revision().id() + "?lang=en\"");
        Api.Answer page = api.get(page(listing), reviewer.headers());

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).as("every label has its words").doesNotContain("??");
        String docSha = dossier.content().ce().declaration().file();
        assertThat(docSha).hasSize(64);
        assertThat(section(page.body(), "doc")).contains(dossier.content().ce().declaration().number()).contains(docSha)
                .contains("declaration-of-conformity.pdf")
                .contains("/review/" + listing.revision().id() + "/evidence/" + docSha);
        DossierContent.Declaration declaration = dossier.content().ce().declaration();
        assertThat(section(page.body(), "doc-declares")).contains("hardware revision 1.0")
                .contains(dossier.subject().bomHash()).doesNotContain("missing");
        assertThat(section(page.body(), "doc-signed")).contains(declaration.signatoryName() + ", "
                + declaration.signatoryFunction()).contains(declaration.place() + ", on " + declaration.signedOn());
        assertThat(page.body()).contains(listing.board().name()).contains(dossier.subject().bomHash())
                .contains("id=\"no-gaps\"").contains("EN IEC 61326-1").contains("Submitted for review");
        String partsLine = row(page.body(), "bom-line-1");
        String partsSha = dossier.content().rohs().parts().get(1).file();
        assertThat(partsLine).contains("U1").contains("Analog Devices").contains("MAX31856MUD+T")
                .contains("Manufacturer declaration").contains("rohs-declarations.pdf").contains(partsSha)
                .contains("RoHS compliant");
        assertThat(section(page.body(), "evidence-files")).contains(docSha).contains(partsSha)
                .contains("solder-paste.pdf").contains("application/pdf");
        assertThat(page.body()).as("only the decision the status allows").contains("id=\"start-review\"")
                .doesNotContain("id=\"approve-form\"");
        assertThat(section(page.body(), "warnings")).as("each warning headed by its language in words")
                .contains("data-language=\"fr\">French</th>");
        assertThat(section(api.get(page(listing).replace("lang=en", "lang=fr"), reviewer.headers()).body(), "warnings"))
                .contains("data-language=\"fr\">Français</th>");
    }

    @Test
    void marksAnExemptionExpiringWithinNinetyDaysAndOnePastInWordsAsWellAsByClass() {
        // In category 9 the table ends 7(c)-I on 30 June 2027 and 7(c)-II on 31 December 2027; 15(a),
        // in category 3, awaits the decision on its renewal.
        Fixtures.Listing first = fixtures.submittedListing(Fixtures.completeDossier().withExemption("7(c)-I", 9));
        Fixtures.Listing later = fixtures.submittedListing(Fixtures.completeDossier().withExemption("7(c)-II", 9));
        Fixtures.Listing pending = fixtures.submittedListing(Fixtures.completeDossier().withExemption("15(a)", 3));
        Api.Session reviewer = api.signIn(fixtures.user(Role.REVIEWER));

        clock.travelTo(LocalDate.parse("2027-04-15"));
        String expiring = api.get(page(first), reviewer.headers()).body();
        assertThat(row(expiring, "bom-line-0")).contains("7(c)-I").contains("class=\"expiry expiring\"")
                .contains("2027-06-30").contains("expires within 90 days");
        assertThat(expiring).contains("id=\"no-gaps\"");
        assertThat(row(api.get(page(later), reviewer.headers()).body(), "bom-line-0")).contains("2027-12-31")
                .contains("class=\"expiry valid\"").doesNotContain("expiring").doesNotContain("EXPIRED");
        assertThat(row(api.get(page(pending), reviewer.headers()).body(), "bom-line-0")).contains("15(a)")
                .contains("valid until the Commission decides on its renewal").doesNotContain("<time");

        clock.travelTo(LocalDate.parse("2027-07-01"));
        String expired = api.get(page(first), reviewer.headers()).body();
        assertThat(row(expired, "bom-line-0")).contains("class=\"expiry expired\"").contains("EXPIRED")
                .doesNotContain("expiring");
        assertThat(section(expired, "dossier-gaps")).contains("id=\"approval-will-be-refused\"")
                .contains("data-code=\"EVIDENCE_EXPIRED\"");
    }

    @Test
    void approvingWithAnUntickedChecklistItemIsRefusedNamingItAndWithEveryItemTickedApproves() {
        Fixtures.Listing listing = fixtures.submittedListing();
        Credentials reviewerAccount = fixtures.user(Role.REVIEWER);
        Api.Session reviewer = api.signIn(reviewerAccount);
        Api.Answer started = api.submit(reviewer, "/review/" + listing.revision().id() + "/start?lang=en", Map.of());
        assertThat(started.status()).isEqualTo(302);
        assertThat(started.header("Location")).endsWith("/review/" + listing.revision().id() + "?lang=en");
        List<ChecklistItem> applicable = dossierOf(listing).checklist();
        String form = api.get(page(listing), reviewer.headers()).body();
        applicable.forEach(item -> assertThat(form).contains("id=\"checklist-" + item + "\""));

        List<ChecklistItem> allButGpsr = applicable.stream().filter(item -> item != ChecklistItem.GPSR).toList();
        Api.Answer refused = api.submit(reviewer, approve(listing), approval(allButGpsr));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(section(refused.body(), "refusal-reasons")).contains("data-code=\"CHECKLIST_INCOMPLETE\"")
                .contains("GPSR: manufacturer, addresses, product identification").doesNotContain(">GPSR<")
                .doesNotContain("data-code=\"DOC_MISSING\"");
        assertThat(refused.body()).as("what was ticked stays ticked").containsPattern("id=\"checklist-STANDARDS\"\\s+checked");
        assertThat(reviewOf(listing).status()).isEqualTo(ReviewStatus.IN_REVIEW);

        Api.Answer approved = api.submit(reviewer, approve(listing), approval(applicable));

        assertThat(approved.status()).isEqualTo(302);
        ReviewState review = reviewOf(listing);
        assertThat(review.status()).isEqualTo(ReviewStatus.APPROVED);
        ReviewState.Decision approval = review.decisions().get(review.decisions().size() - 1);
        assertThat(approval.kind()).isEqualTo("APPROVED");
        assertThat(approval.actor()).isEqualTo(reviewerAccount.id());
        assertThat(approval.checklist()).containsExactlyInAnyOrderElementsOf(applicable);
        String docSha = dossierOf(listing).content().ce().declaration().file();
        assertThat(approval.evidence()).containsEntry("DOC", docSha);
        assertThat(review.scope().orElseThrow().countries()).extracting(Object::toString).containsExactly("FR");
        String after = api.get(page(listing), reviewer.headers()).body();
        assertThat(section(after, "decision-history")).contains("Checklist confirmed").contains(docSha)
                .contains("Test REVIEWER").contains("all checked for France");
        assertThat(after).contains("id=\"suspend-form\"").doesNotContain("id=\"approve-form\"").doesNotContain("??");
        assertThat(api.get(page(listing).replace("lang=en", "lang=fr"), reviewer.headers()).body())
                .contains("Liste de contrôle confirmée").doesNotContain("??");
    }

    @Test
    void theApproveFormNamesEachCountryInThePagesLanguageInTheOrderOfTheirNamesAndSendsItsCode() {
        Fixtures.Listing listing = fixtures.submittedListing();
        Api.Session reviewer = api.signIn(fixtures.user(Role.REVIEWER));
        api.submit(reviewer, "/review/" + listing.revision().id() + "/start?lang=en", Map.of());

        String english = section(api.get(page(listing), reviewer.headers()).body(), "approve-countries");
        String french = section(api.get(page(listing).replace("lang=en", "lang=fr"), reviewer.headers()).body(),
                "approve-countries");

        assertThat(english).contains("value=\"DE\"").contains("id=\"country-DE\"");
        assertThat(text(english)).as("names, never codes").contains("Germany").doesNotContainPattern("\\b[A-Z]{2}\\b");
        assertThat(text(english).indexOf("Austria")).isLessThan(text(english).indexOf("Germany"));
        assertThat(text(english).indexOf("Germany")).isLessThan(text(english).indexOf("Spain"));
        assertThat(text(french)).contains("Allemagne").doesNotContainPattern("\\b[A-Z]{2}\\b");
        assertThat(text(french).indexOf("Allemagne")).as("sorted by the French names").isLessThan(text(french).indexOf("Autriche"));
        assertThat(text(french).indexOf("Espagne")).isLessThan(text(french).indexOf("France"));
    }

    @Test
    void approvingADossierWithGapsIsRefusedWithEveryGapAndBadFieldsAreNamed() {
        Fixtures.Listing listing = lapsedTheDayAfter();
        Api.Session reviewer = api.signIn(fixtures.user(Role.REVIEWER));
        api.submit(reviewer, "/review/" + listing.revision().id() + "/start?lang=en", Map.of());
        String before = api.get(page(listing), reviewer.headers()).body();
        assertThat(section(before, "dossier-gaps")).contains("id=\"approval-will-be-refused\"").contains("EVIDENCE_EXPIRED");

        Api.Answer refused = api.submit(reviewer, approve(listing), approval(List.of(ChecklistItem.values())));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(section(refused.body(), "refusal-reasons")).contains("data-code=\"EVIDENCE_EXPIRED\"")
                .contains("A piece of compliance evidence has expired.").contains("R1 R2: exemption 7(c)-I expired on");
        assertThat(reviewOf(listing).status()).isEqualTo(ReviewStatus.IN_REVIEW);

        List<Map.Entry<String, String>> noCountry = new ArrayList<>(approval(List.of(ChecklistItem.values())));
        noCountry.removeIf(field -> field.getKey().equals("countries"));
        noCountry.add(Map.entry("buyerTypes", "ROBOT"));
        Api.Answer invalid = api.submit(reviewer, approve(listing), noCountry);
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(section(invalid.body(), "field-problems")).contains("data-field=\"buyerTypes\"");
        Api.Answer noCountries = api.submit(reviewer, approve(listing),
                List.of(Map.entry("buyerTypes", "CONSUMER"), Map.entry("reason", "ok")));
        assertThat(noCountries.status()).isEqualTo(400);
        assertThat(section(noCountries.body(), "field-problems")).contains("data-field=\"countries\"");
        assertThat(reviewOf(listing).status()).isEqualTo(ReviewStatus.IN_REVIEW);
    }

    @Test
    void theQueueShowsTheTeamHowCompleteTheDossierIsAndWhoStartedTheReviewSinceWhen() {
        Fixtures.Listing listing = fixtures.submittedListing();
        Credentials reviewerAccount = fixtures.user(Role.REVIEWER);
        Api.Session reviewer = api.signIn(reviewerAccount);
        String entryId = "review-" + listing.board().slug();

        String waiting = section(api.get("/review?lang=en", reviewer.headers()).body(), entryId);
        assertThat(waiting).contains(listing.team().name()).contains("5 of 5 sections of the dossier complete")
                .contains("Nobody yet");

        api.submit(reviewer, "/review/" + listing.revision().id() + "/start?lang=en", Map.of());
        String started = section(api.get("/review?lang=en", reviewer.headers()).body(), entryId);
        assertThat(started).contains("Test REVIEWER, on " + java.time.LocalDate.now(java.time.ZoneOffset.UTC))
                .doesNotContain("Nobody yet");
        assertThat(text(started)).as("decisions in words").contains("Review started").contains("Submitted")
                .doesNotContain("REVIEW_STARTED").doesNotContain("SUBMITTED").doesNotContain("review started");
        assertThat(section(api.get("/review?lang=fr", reviewer.headers()).body(), entryId))
                .contains("5 sections du dossier complètes sur 5").contains("Revue commencée").doesNotContain("??");
    }

    @Test
    void theDossierPageOpensOnItsSummaryThenTheDecisionsWithTheEvidenceTablesFolded() {
        Fixtures.Listing listing = fixtures.submittedListing();
        Api.Session reviewer = api.signIn(fixtures.user(Role.REVIEWER));
        api.submit(reviewer, "/review/" + listing.revision().id() + "/start?lang=en", Map.of());

        String body = api.get(page(listing), reviewer.headers()).body();

        int summary = body.indexOf("id=\"summary\"");
        int decide = body.indexOf("id=\"approve-form\"");
        int evidence = body.indexOf("id=\"rohs-parts\"");
        assertThat(summary).isPositive().isLessThan(decide);
        assertThat(decide).as("the forms come before the evidence").isLessThan(evidence);
        String summarySection = body.substring(summary, decide);
        assertThat(summarySection).contains("id=\"dossier-gaps\"").contains("id=\"expiries\"")
                .contains("id=\"checklist-summary\"").contains("EU Declaration of Conformity")
                .contains("5 of 5 sections of the dossier complete").contains("id=\"review-started\"");
        for (String folded : List.of("dossier-ce", "dossier-rohs", "dossier-weee", "dossier-gpsr", "evidence-files")) {
            assertThat(section(body, folded)).as(folded + " is folded").contains("<details class=\"fold\"><summary>");
        }
        assertThat(section(body, "dossier-jump")).contains("href=\"#decisions\"").contains("href=\"#dossier-rohs\"");
        assertThat(body).doesNotContain("<code>ROHS").doesNotContain("style=");
    }

    @Test
    void aRefusalListsEachMissingItemOnceGroupedBySectionInWordsInBothLanguages() {
        Fixtures.Listing listing = lapsedTheDayAfter();
        Api.Session reviewer = api.signIn(fixtures.user(Role.REVIEWER));
        api.submit(reviewer, "/review/" + listing.revision().id() + "/start?lang=en", Map.of());
        List<ChecklistItem> allButGpsr = dossierOf(listing).checklist().stream()
                .filter(item -> item != ChecklistItem.GPSR).toList();

        Api.Answer refused = api.submit(reviewer, approve(listing), approval(allButGpsr));

        assertThat(refused.status()).isEqualTo(409);
        String reasons = section(refused.body(), "refusal-reasons");
        assertThat(reasons).contains("data-section=\"rohs\"").contains("data-section=\"checklist\"")
                .contains("href=\"#dossier-rohs\"");
        assertThat(reasons.indexOf("data-section=\"rohs\"")).as("sections in the dossier's order")
                .isLessThan(reasons.indexOf("data-section=\"checklist\""));
        String words = text(reasons);
        assertThat(count(words, "A piece of compliance evidence has expired.")).as("each kind once").isEqualTo(1);
        assertThat(count(words, "GPSR: manufacturer, addresses, product identification")).as("each item once").isEqualTo(1);
        assertThat(words).doesNotContain("EVIDENCE_EXPIRED").doesNotContain("CHECKLIST_INCOMPLETE");
        String french = text(section(api.submit(reviewer, approve(listing).replace("lang=en", "lang=fr"),
                approval(allButGpsr)).body(), "refusal-reasons"));
        assertThat(french).contains("Liste de contrôle").doesNotContain("CHECKLIST_INCOMPLETE").doesNotContain("??");
        assertThat(section(api.get(page(listing), reviewer.headers()).body(), "dossier-rohs"))
                .as("the section with a gap is unfolded").contains("<details class=\"fold\" open");
    }

    /** The words of some HTML, without its tags and their attributes. */
    private static String text(String html) {
        return html.replaceAll("<[^>]*>", "").replaceAll("\\s+", " ");
    }

    private static int count(String text, String words) {
        return text.split(Pattern.quote(words), -1).length - 1;
    }

    @Test
    void requestingChangesStoresOneCommentPerItemAndLeavesBlankOnesOut() {
        Fixtures.Listing listing = fixtures.submittedListing();
        Api.Session reviewer = api.signIn(fixtures.user(Role.REVIEWER));
        api.submit(reviewer, "/review/" + listing.revision().id() + "/start?lang=en", Map.of());
        String changes = "/review/" + listing.revision().id() + "/request-changes?lang=en";

        Api.Answer noReason = api.submit(reviewer, changes, Map.of("comment[GPSR]", "the e-mail bounces", "reason", " "));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(section(noReason.body(), "field-problems")).contains("data-field=\"reason\"");
        assertThat(noReason.body()).as("the comment is kept").contains("the e-mail bounces");
        assertThat(noReason.body()).as("the problem next to its field").containsPattern(
                "id=\"request-changes-reason\"[^>]*>[^<]*</textarea>\\s*<span class=\"field-problem\" role=\"alert\" data-field=\"reason\">");
        Api.Answer unknownItem = api.submit(reviewer, changes, Map.of("comment[COLOUR]", "too green", "reason", "x"));
        assertThat(unknownItem.status()).isEqualTo(400);
        assertThat(section(unknownItem.body(), "field-problems")).contains("data-field=\"comment[COLOUR]\"");
        assertThat(reviewOf(listing).status()).isEqualTo(ReviewStatus.IN_REVIEW);

        Api.Answer sent = api.submit(reviewer, changes, Map.of(
                "comment[DECLARATION_OF_CONFORMITY]", "The DoC is unsigned.",
                "comment[GPSR]", "   ",
                "comment[WARNINGS]", "Add the Maltese warnings.",
                "reason", "Two items to fix."));

        assertThat(sent.status()).isEqualTo(302);
        ReviewState review = reviewOf(listing);
        assertThat(review.status()).isEqualTo(ReviewStatus.CHANGES_REQUESTED);
        ReviewState.Decision decision = review.decisions().get(review.decisions().size() - 1);
        assertThat(decision.reason()).isEqualTo("Two items to fix.");
        assertThat(decision.comments()).containsExactlyInAnyOrder(
                new ReviewState.Comment("DECLARATION_OF_CONFORMITY", "The DoC is unsigned."),
                new ReviewState.Comment("WARNINGS", "Add the Maltese warnings."));
        assertThat(text(section(api.get(page(listing), reviewer.headers()).body(), "decision-history")))
                .as("the item in words, not its code").contains("EU Declaration of Conformity: The DoC is unsigned.")
                .doesNotContain("DECLARATION_OF_CONFORMITY");
    }

    @Test
    void aCommentOnAnItemOffTheChecklistIsNamedInThePagesLanguageAndNothingIsDecided() {
        Fixtures.Listing listing = fixtures.submittedListing();
        Api.Session reviewer = api.signIn(fixtures.user(Role.REVIEWER));
        api.submit(reviewer, "/review/" + listing.revision().id() + "/start?lang=en", Map.of());

        Api.Answer refused = api.submit(reviewer, "/review/" + listing.revision().id() + "/request-changes?lang=fr",
                Map.of("comment[COLOUR]", "trop vert", "comment[GPSR]", "le courriel rebondit", "reason", "Deux points."));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(section(refused.body(), "field-problems")).contains("data-field=\"comment[COLOUR]\"")
                .contains("pas un point de la liste de contrôle").doesNotContain("data-field=\"comment[GPSR]\"");
        assertThat(refused.body()).as("the known item's comment is kept").contains("le courriel rebondit");
        assertThat(reviewOf(listing).status()).isEqualTo(ReviewStatus.IN_REVIEW);
    }

    @Test
    void evidenceDownloadsAsAnAttachmentForReviewersAndIsNotFoundForAnyoneElse() {
        Fixtures.Listing listing = fixtures.submittedListing();
        String docSha = dossierOf(listing).content().ce().declaration().file();
        String evidence = "/review/" + listing.revision().id() + "/evidence/";
        Api.Session reviewer = api.signIn(fixtures.user(Role.REVIEWER));

        Api.Answer download = api.get(evidence + docSha, reviewer.headers());

        assertThat(download.status()).isEqualTo(200);
        assertThat(download.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(download.header("Content-Disposition")).startsWith("attachment")
                .contains("declaration-of-conformity.pdf");
        assertThat(download.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(download.body()).startsWith("%PDF-").contains(dossierOf(listing).content().ce().declaration().number());
        assertThat(api.get(evidence + "0".repeat(64), reviewer.headers()).status()).isEqualTo(404);
        assertThat(api.get(evidence + "not-a-hash", reviewer.headers()).status()).isEqualTo(404);
        Fixtures.Listing other = fixtures.submittedListing();
        assertThat(api.get("/review/" + other.revision().id() + "/evidence/" + docSha, reviewer.headers()).status())
                .as("a file of another dossier").isEqualTo(404);

        Api.Session maker = api.signIn(listing.maker());
        Api.Answer makers = api.get(evidence + docSha, maker.headers());
        assertThat(makers.status()).isEqualTo(404);
        assertThat(makers.body()).doesNotContain("%PDF");
        assertThat(api.get(evidence + docSha, api.signIn(fixtures.user(Role.BUYER)).headers()).status()).isEqualTo(404);
        assertThat(api.get(page(listing), maker.headers()).status()).as("the page is for reviewers").isEqualTo(403);
        assertThat(api.get(evidence + docSha).status()).as("anonymous: sign in first").isEqualTo(302);
    }

    @Test
    void aReviewerOfTheRevisionsOwnTeamIsForbiddenThePageAndItsDecisions() {
        Credentials teamReviewer = fixtures.user(Role.REVIEWER, Role.MAKER);
        Fixtures.Listing listing = fixtures.submittedListing(teamReviewer);
        Api.Session session = api.signIn(teamReviewer);

        Api.Answer page = api.get(page(listing), session.headers());
        assertThat(page.status()).isEqualTo(403);
        assertThat(page.body()).contains("Not allowed").doesNotContain(listing.board().name());
        assertThat(api.submit(session, "/review/" + listing.revision().id() + "/start?lang=en", Map.of()).status())
                .isEqualTo(403);
        assertThat(api.submit(session, approve(listing), approval(List.of(ChecklistItem.values()))).status()).isEqualTo(403);
        assertThat(reviewOf(listing).status()).isEqualTo(ReviewStatus.SUBMITTED);
        assertThat(api.get("/review/" + java.util.UUID.randomUUID() + "?lang=en", session.headers()).status())
                .as("an unknown revision").isEqualTo(404);
    }

    @Test
    void showsTheApprovedScopeInWordsWithEachCountrysValidityAndAmendsIt() {
        DossierFixtures.CompleteDossier exempt = Fixtures.completeDossier().withExemption("7(c)-I", 9);
        Fixtures.Listing listing = fixtures.approvedListing(exempt, "FR", "DE");
        Api.Session reviewer = api.signIn(fixtures.user(Role.REVIEWER));
        LocalDate franceUntil = reviews.countryValidity(RevisionRef.of(listing.revision().id()))
                .get(org.openspacemakers.marketplace.compliance.CountryCode.of("FR")).orElseThrow();

        String shown = api.get(page(listing), reviewer.headers()).body();

        assertThat(shown).doesNotContain("??");
        String scope = section(shown, "approved-scope");
        assertThat(text(section(scope, "scope-countries"))).contains("France — " + franceUntil).contains("Germany")
                .doesNotContain("FR").doesNotContain("DE ");
        assertThat(text(section(scope, "scope-buyer-types"))).contains("Private person, Professional");
        assertThat(section(shown, "amend-scope-form")).contains("value=\"IT\"").contains("Italy");
        assertThat(text(section(api.get(page(listing).replace("lang=en", "lang=fr"), reviewer.headers()).body(),
                "scope-countries"))).contains("Allemagne");

        Api.Answer amended = api.submit(reviewer, amend(listing), List.of(Map.entry("addCountries", "IT"),
                Map.entry("removeCountries", "DE"), Map.entry("reason", "the German distributor left")));

        assertThat(amended.status()).isEqualTo(302);
        assertThat(reviewOf(listing).scope().orElseThrow().countries()).extracting(c -> c.value())
                .containsExactlyInAnyOrder("FR", "IT");
        String after = api.get(page(listing), reviewer.headers()).body();
        assertThat(text(section(after, "scope-countries"))).contains("Italy").doesNotContain("Germany");
        String history = text(section(after, "decision-history"));
        assertThat(history).contains("Scope amended").contains("the German distributor left")
                .contains("Added: Italy").contains("Removed: Germany");
        assertThat(text(section(api.get(page(listing).replace("lang=en", "lang=fr"), reviewer.headers()).body(),
                "decision-history"))).contains("Ajoutés : Italie").contains("Retirés : Allemagne");
        assertThat(text(section(api.get("/review?status=APPROVED&lang=en", reviewer.headers()).body(),
                "review-" + listing.board().slug()))).as("the queue's log names the countries too")
                .contains("Added: Italy").contains("Removed: Germany").doesNotContain("COUNTRY_ADDED");
    }

    @Test
    void aCountryAddedMustPassTheChecksOfAnApprovalAndTheTeamMayNotAmend() {
        DossierFixtures.CompleteDossier exempt = Fixtures.completeDossier().withExemption("7(c)-I", 9);
        Fixtures.Listing listing = fixtures.approvedListing(exempt, "FR");
        Api.Session team = api.signIn(listing.maker());
        assertThat(api.submit(team, amend(listing), List.of(Map.entry("addCountries", "IT"),
                Map.entry("reason", "my own board"))).status()).isEqualTo(403);
        clock.travelTo(exempt.exemptionEnds().plusDays(1));
        Api.Session reviewer = api.signIn(fixtures.user(Role.REVIEWER));

        Api.Answer refused = api.submit(reviewer, amend(listing), List.of(Map.entry("addCountries", "IT"),
                Map.entry("reason", "an Italian buyer asked")));

        assertThat(refused.status()).as("the exemption ran out: an approval for Italy would be refused").isEqualTo(409);
        assertThat(text(section(refused.body(), "decision-refused"))).contains("The scope was not amended").contains("7(c)-I");
        assertThat(reviewOf(listing).scope().orElseThrow().countries()).extracting(c -> c.value()).containsExactly("FR");
    }

    private static String amend(Fixtures.Listing listing) {
        return "/review/" + listing.revision().id() + "/amend-scope?lang=en";
    }

    private static String page(Fixtures.Listing listing) {
        return "/review/" + listing.revision().id() + "?lang=en";
    }

    /**
     * A listing handed in complete with a RoHS exemption, the clock then on the day after the table's
     * last day for it: its dossier has a gap, the one way a submitted dossier comes to lack something.
     */
    private Fixtures.Listing lapsedTheDayAfter() {
        DossierFixtures.CompleteDossier exempt = Fixtures.completeDossier().withExemption("7(c)-I", 9);
        Fixtures.Listing listing = fixtures.submittedListing(exempt);
        clock.travelTo(exempt.exemptionEnds().plusDays(1));
        return listing;
    }

    private static String approve(Fixtures.Listing listing) {
        return "/review/" + listing.revision().id() + "/approve?lang=en";
    }

    /** The approve form as a browser sends it: France, both kinds of buyer, these checklist items ticked. */
    private static List<Map.Entry<String, String>> approval(List<ChecklistItem> ticked) {
        List<Map.Entry<String, String>> fields = new ArrayList<>(List.of(Map.entry("countries", "FR"),
                Map.entry("buyerTypes", "CONSUMER"), Map.entry("buyerTypes", "PROFESSIONAL"),
                Map.entry("offerKinds", "FULL_KIT"), Map.entry("reason", "all checked for France")));
        ticked.forEach(item -> fields.add(Map.entry("checklist", item.name())));
        return fields;
    }

    private DossierView dossierOf(Fixtures.Listing listing) {
        return dossiers.dossier(RevisionRef.of(listing.revision().id()));
    }

    private ReviewState reviewOf(Fixtures.Listing listing) {
        return reviews.review(RevisionRef.of(listing.revision().id())).orElseThrow();
    }

    /** The element with this id, up to its closing tag (elements of the same name are not nested in these pages). */
    private static String section(String html, String id) {
        Matcher open = Pattern.compile("<(\\w+)[^>]*\\bid=\"" + Pattern.quote(id) + "\"").matcher(html);
        assertThat(open.find()).as("an element with id " + id).isTrue();
        int end = html.indexOf("</" + open.group(1) + ">", open.end());
        return html.substring(open.start(), end < 0 ? html.length() : end);
    }

    private static String row(String html, String id) {
        return section(html, id);
    }
}
