package org.openspacemakers.marketplace.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openspacemakers.marketplace.account.Role;
import org.openspacemakers.marketplace.catalog.Board;
import org.openspacemakers.marketplace.catalog.Listings;
import org.openspacemakers.marketplace.catalog.Money;
import org.openspacemakers.marketplace.catalog.PriceBreakdown;
import org.openspacemakers.marketplace.catalog.Revision;
import org.openspacemakers.marketplace.catalog.Slug;
import org.openspacemakers.marketplace.catalog.Team;
import org.openspacemakers.marketplace.catalog.Teams;
import org.openspacemakers.marketplace.catalog.VatCategory;
import org.openspacemakers.marketplace.compliance.Approval;
import org.openspacemakers.marketplace.compliance.BuyerType;
import org.openspacemakers.marketplace.compliance.CountryCode;
import org.openspacemakers.marketplace.compliance.DossierContent;
import org.openspacemakers.marketplace.compliance.DossierIncomplete;
import org.openspacemakers.marketplace.compliance.Dossiers;
import org.openspacemakers.marketplace.compliance.OfferKind;
import org.openspacemakers.marketplace.compliance.ProducerKind;
import org.openspacemakers.marketplace.compliance.Register;
import org.openspacemakers.marketplace.compliance.RegisterProducer;
import org.openspacemakers.marketplace.compliance.Reviews;
import org.openspacemakers.marketplace.compliance.RevisionRef;
import org.openspacemakers.marketplace.fixtures.Credentials;
import org.openspacemakers.marketplace.fixtures.DossierFixtures;
import org.openspacemakers.marketplace.fixtures.Fixtures;
import org.openspacemakers.marketplace.refusal.Refusal;
import org.openspacemakers.marketplace.refusal.RefusalCode;
import org.openspacemakers.marketplace.support.Api;
import org.openspacemakers.marketplace.support.MarketplaceTest;
import org.openspacemakers.marketplace.support.SqlStatements;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The product page's compliance block, read from the approved revision's dossier, and the public
 * download of its declaration of conformity.
 */
@MarketplaceTest
class ProductComplianceTest {

    @Autowired
    Api api;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Teams teams;
    @Autowired
    Listings listings;
    @Autowired
    Reviews reviews;
    @Autowired
    Dossiers complianceDossiers;
    @Autowired
    Register register;
        @Autowired
    DossierFixtures dossiers;

    @Test
    void anApprovedBoardsPageStatesItsConformityInEnglish() {
        DossierFixtures.CompleteDossier exempt = Fixtures.completeDossier().withExemption("7(c)-I", 9);
        Fixtures.Listing listing = fixtures.approvedListing(exempt, "FR");
        String slug = listing.board().slug();
        UUID revision = listing.revision().id();
        DossierContent dossier = dossier(revision);

        String page = api.get("/boards/" + slug + "?lang=en").body();

        assertThat(section(page, "gpsr-manufacturer")).contains(dossier.gpsr().manufacturerName())
                .contains(dossier.gpsr().postalAddress()).contains(dossier.gpsr().email());
        assertThat(section(page, "product-identification")).contains(listing.board().name() + ", hardware revision 1.0");
        assertThat(section(page, "ce-statement")).contains("CE marked under the EMC Directive 2014/30/EU")
                .contains("standards applied: EN IEC 61326-1:2021");
        assertThat(section(page, "declaration-of-conformity")).contains("No. " + dossier.ce().declaration().number())
                .contains("href=\"/boards/" + slug + "/revisions/" + revision + "/declaration-of-conformity\"");
        assertThat(section(page, "rohs-statement")).contains("Directive 2011/65/EU").contains("(EU) 2015/863")
                .contains("category 9 (monitoring and control instruments)")
                .contains("Exemption 7(c)-I claimed for R1 R2, valid until " + exempt.exemptionEnds());
        assertThat(section(page, "weee-take-back")).contains(dossier.weee().takeBack());
        assertThat(section(page, "warnings")).contains("lang=\"en\"").contains(DossierFixtures.warning("en"))
                .contains("Shown in English.");
        assertThat(page).doesNotContain("id=\"class-a-notice\"").doesNotContain("id=\"professional-only-notice\"")
                .doesNotContain("id=\"battery\"").doesNotContain("id=\"svhc\"");
    }

    @Test
    void theSamePageInFrenchShowsTheFrenchWarningsAndWords() {
        Fixtures.Listing listing = fixtures.approvedListing(
                Fixtures.completeDossier().withExemption("7(c)-I", 9), "FR");

        String page = api.get("/boards/" + listing.board().slug() + "?lang=fr").body();

        assertThat(section(page, "ce-statement")).contains("Marqué CE au titre de la directive CEM 2014/30/UE")
                .contains("normes appliquées : EN IEC 61326-1:2021");
        assertThat(section(page, "rohs-statement")).contains("Exemption 7(c)-I invoquée pour");
        assertThat(section(page, "declaration-of-conformity")).contains("Télécharger la déclaration de conformité");
        assertThat(section(page, "warnings")).contains("lang=\"fr\"").contains(DossierFixtures.warning("fr"))
                .contains("Affichés en français.").doesNotContain(DossierFixtures.warning("en"));
    }

    @Test
    void warningsMissingInThePageLanguageAreShownInTheDestinationsLanguage() {
        Fixtures.Listing listing = fixtures.approvedListing(Fixtures.completeDossier().withWarnings(List.of("de", "it")), "DE");
        String path = "/boards/" + listing.board().slug() + "?lang=fr";

        assertThat(section(api.get(path + "&country=DE").body(), "warnings")).contains("lang=\"de\"")
                .contains(DossierFixtures.warning("de")).contains("Non disponibles dans votre langue : affichés en allemand.");
        assertThat(section(api.get(path + "&country=IT").body(), "warnings")).contains("lang=\"it\"")
                .contains(DossierFixtures.warning("it"));
    }

    @Test
    void aMultilingualDestinationShowsTheWarningsInEachLanguageItRequires() {
        Fixtures.Listing listing = fixtures.approvedListing(Fixtures.completeDossier().withWarnings(List.of("de", "fr", "nl")),
                "BE");

        String warnings = section(api.get("/boards/" + listing.board().slug() + "?lang=fr&country=BE").body(), "warnings");

        assertThat(warnings).contains("lang=\"fr\"").contains("lang=\"nl\"").contains("lang=\"de\"")
                .contains(DossierFixtures.warning("nl")).contains("En néerlandais, également exigé pour ce pays");
        assertThat(section(api.get("/boards/" + listing.board().slug() + "?lang=fr&country=FR").body(), "warnings"))
                .doesNotContain("lang=\"nl\"");
    }

    @Test
    void theWasteTextSaysOnceWhatTheLawAsksForHouseholdsInEnglishAndFrench() {
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        String path = "/boards/" + listing.board().slug() + "?country=FR&lang=";

        String english = api.get(path + "en").body();
        assertThat(section(english, "weee")).contains("crossed-out wheeled bin on the board or its packaging")
                .contains("must not be thrown away with household waste").contains("collected separately")
                .contains("we take back an equivalent old device free of charge (one for one)")
                .contains("collection point").contains("harm health and the environment")
                .contains("Free one-for-one take-back by post.");
        assertThat(english.split("crossed-out wheeled bin", -1)).as("said once, not per offer").hasSize(2);

        String french = api.get(path + "fr").body();
        assertThat(section(french, "weee")).contains("poubelle barrée sur la carte ou son emballage")
                .contains("ne doit pas être jetée avec les ordures ménagères").contains("collecte séparée")
                .contains("nous reprenons gratuitement un appareil usagé équivalent (un pour un)")
                .contains("point de collecte").contains("nuisent à la santé et à l")
                .doesNotContain("household", "take back", "bin");
        assertThat(french.split("poubelle barrée", -1)).hasSize(2);
    }

    @Test
    void aBoardForProfessionalsOnlyGetsTheProfessionalWasteText() {
        Fixtures.Listing listing = fixtures.approvedListing(Fixtures.completeDossier().withProfessionalWeee(), "FR");
        String path = "/boards/" + listing.board().slug() + "?country=FR&lang=";

        assertThat(section(api.get(path + "en").body(), "weee")).contains("Professional equipment")
                .contains("crossed-out wheeled bin on the board or its packaging")
                .contains("collected separately from household and other unsorted waste")
                .contains("return it to us").contains("harm health and the environment")
                .doesNotContain("we take back an equivalent old device");
        assertThat(section(api.get(path + "fr").body(), "weee")).contains("Équipement professionnel")
                .contains("poubelle barrée").contains("retournez-la-nous")
                .doesNotContain("nous reprenons gratuitement un appareil usagé");
    }

    @Test
    void theGuaranteeTextSaysWhatAFullKitAndAnAssemblyOnlyOfferCoverForConsumers() {
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        String path = "/boards/" + listing.board().slug() + "?country=FR&lang=";
        assertThat(api.get(path + "en").body()).as("a full kit alone").contains("id=\"guarantee-full-kit\"")
                .doesNotContain("id=\"guarantee-assembly-only\"");
        submitRevisions(listing, "2.0");

        String english = api.get(path + "en").body();
        assertThat(section(english, "guarantee-full-kit")).contains("legal guarantee of conformity")
                .contains("2 years from delivery").contains("Directive (EU) 2019/771")
                .contains("repaired or replaced free of charge").contains("within 14 days of delivery");
        assertThat(section(english, "guarantee-assembly-only")).contains("you supply the parts")
                .contains("answers for its assembly work, not for the parts you supplied");

        String french = api.get(path + "fr").body();
        assertThat(section(french, "guarantee-full-kit")).contains("garantie légale de conformité")
                .contains("2 ans à compter de la livraison").contains("directive (UE) 2019/771")
                .contains("réparée ou remplacée gratuitement").contains("dans les 14 jours suivant la livraison");
        assertThat(section(french, "guarantee-assembly-only")).contains("vous fournissez les composants")
                .contains("non des composants que vous avez fournis");
    }

    @Test
    void aBoardSoldToProfessionalsOnlyStatesNoConsumerGuarantee() {
        Fixtures.Listing listing = fixtures.approvedListing(
                Fixtures.completeDossier().withUse(DossierContent.IntendedUse.PROFESSIONAL_RND_ONLY), "FR");

        String page = api.get("/boards/" + listing.board().slug() + "?lang=en&country=FR").body();

        assertThat(page).doesNotContain("legal guarantee").doesNotContain("id=\"guarantee-full-kit\"")
                .doesNotContain("2019/771");
    }

    @Test
    void theDeclarationLinkServesTheDossiersFile() throws Exception {
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        String slug = listing.board().slug();
        UUID revision = listing.revision().id();
        String link = "/boards/" + slug + "/revisions/" + revision + "/declaration-of-conformity";
        assertThat(api.get("/boards/" + slug + "?lang=en").body()).contains("href=\"" + link + "\"");

        HttpResponse<byte[]> download = download(link);

        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(download.headers().firstValue("Content-Disposition"))
                .hasValue("inline; filename=\"declaration-of-conformity-" + slug + "-1.0.pdf\"");
        assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(new String(download.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(sha256(download.body())).isEqualTo(dossier(revision).ce().declaration().file());
    }

    @Test
    void noDeclarationForASubmittedRevisionAnotherBoardsRevisionOrNonsense() throws Exception {
        Fixtures.Listing submitted = fixtures.submittedListing();
        Fixtures.Listing approved = fixtures.approvedListing("FR");
        String submittedBoard = "/boards/" + submitted.board().slug();
        String approvedBoard = "/boards/" + approved.board().slug();
        assertThat(dossier(submitted.revision().id()).ce().declaration().file()).as("it has a declaration, just not approved")
                .isNotNull();

        assertThat(download(submittedBoard + "/revisions/" + submitted.revision().id() + "/declaration-of-conformity")
                .statusCode()).isEqualTo(404);
        assertThat(download(submittedBoard + "/revisions/" + approved.revision().id() + "/declaration-of-conformity")
                .statusCode()).as("a revision of another board").isEqualTo(404);
        assertThat(download(approvedBoard + "/revisions/not-a-uuid/declaration-of-conformity").statusCode())
                .isEqualTo(404);
        assertThat(download(approvedBoard + "/revisions/" + UUID.randomUUID() + "/declaration-of-conformity")
                .statusCode()).isEqualTo(404);
        assertThat(api.get(submittedBoard + "?lang=en").body()).doesNotContain("declaration-of-conformity")
                .contains("id=\"compliance-block\"");
    }

    @Test
    void aSuspendedApprovalKeepsItsDeclarationButLeavesThePageWithoutTheBlock() throws Exception {
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        String link = "/boards/" + listing.board().slug() + "/revisions/" + listing.revision().id()
                + "/declaration-of-conformity";
        assertThat(api.get("/boards/" + listing.board().slug() + "?lang=en").body()).contains(link);

        reviews.suspend(RevisionRef.of(listing.revision().id()), fixtures.user(Role.REVIEWER).id(), "evidence expired");

        assertThat(download(link).statusCode()).as("units already sold stay covered").isEqualTo(200);
        assertThat(api.get("/boards/" + listing.board().slug() + "?lang=en").body()).doesNotContain(link)
                .doesNotContain("id=\"ce-statement\"");
    }

    @Test
    void aClassABoardWarnsBeforeItsOffers() {
        Fixtures.Listing listing = fixtures.approvedListing(
                Fixtures.completeDossier().withClass(DossierContent.EmcClass.A), "FR");

        String page = api.get("/boards/" + listing.board().slug() + "?lang=en&country=FR").body();

        assertThat(page).contains("Class A equipment: may cause radio interference in a residential environment")
                .doesNotContain("id=\"professional-only-notice\"");
        assertThat(page.indexOf("id=\"class-a-notice\"")).isPositive().isLessThan(page.indexOf("class=\"offers\""));
        assertThat(api.get("/boards/" + listing.board().slug() + "?lang=fr").body())
                .contains("Appareil de classe A : peut provoquer des interférences radio");
    }

    @Test
    void aProfessionalOnlyBoardSaysItIsNotSoldToConsumersBeforeItsOffers() {
        Fixtures.Listing listing = fixtures.approvedListing(
                Fixtures.completeDossier().withUse(DossierContent.IntendedUse.PROFESSIONAL_RND_ONLY), "FR");

        String page = api.get("/boards/" + listing.board().slug() + "?lang=en&country=FR").body();

        assertThat(section(page, "professional-only-notice")).contains("professional use only — not sold to consumers");
        assertThat(page.indexOf("id=\"professional-only-notice\"")).isLessThan(page.indexOf("class=\"offers\""));
        assertThat(page).doesNotContain("id=\"class-a-notice\"");
    }

    @Test
    void aBoardWithACoinCellAndAnSvhcSaysSo() {
        Credentials maker = fixtures.user(Role.MAKER);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Team team = teams.create(Slug.of("team-" + suffix), "Team " + suffix, List.of(maker.id()));
        Board board = listings.createBoard(maker.id(), team.slug(), Slug.of("board-" + suffix),
                Fixtures.boardText("Board " + suffix));
        fixtures.picture(maker, board);
        Revision revision = fixtures.draftRevision(maker, board, "1.0");
        listings.offer(maker.id(), revision.id(), OfferKind.FULL_KIT, Money.euros(2_500), VatCategory.STANDARD,
                new PriceBreakdown(1_000, 300, 700, 250, 250));
        RevisionRef ref = RevisionRef.of(revision.id());
        DossierContent complete = dossiers.fill(revision.id(), maker.id(), Fixtures.completeDossier()).content();
        complianceDossiers.save(ref, maker.id(), new DossierContent(complete.ce(), complete.rohs(), complete.weee(),
                complete.gpsr(), new DossierContent.Battery(true, "CR1220 lithium coin cell for the clock", true),
                new DossierContent.Svhc(true, "lead in the glass of the quartz crystal (CAS 7439-92-1)")));
        listings.submitForReview(revision.id(), maker.id());
        // The register is global: AT's battery registration is this test's own (no other test sells
        // to AT, and AT has no WEEE registration, so it opens no board to buyers there).
        register.record(new RegisterProducer(ProducerKind.BATTERIES, "AT", "AT-BAT-TEST", "Open Space Makers",
                LocalDate.now().plusYears(2)));
        Credentials reviewer = fixtures.user(Role.REVIEWER);
        reviews.startReview(ref, reviewer.id());
        Approval toAustria = new Approval(List.of("AT"), List.of(BuyerType.values()), List.of(), null,
                "coin cell registered in AT");
        assertThatThrownBy(() -> reviews.approve(ref, reviewer.id(), toAustria))
                .as("outside the home country, batteries are registered through an authorised representative")
                .isInstanceOfSatisfying(DossierIncomplete.class, refused -> assertThat(refused.reasons())
                        .containsExactly(Refusal.inCountry(RefusalCode.BATTERY_NOT_REGISTERED, "AT")
                                .withDetail("NO_REPRESENTATIVE")));
        register.record(new RegisterProducer(ProducerKind.BATTERIES, "AT", "AT-BAT-TEST", "Open Space Makers",
                LocalDate.now().plusYears(2), "Batterievertretung GmbH, Wien", "MANDATE-AT-1"));
        reviews.approve(ref, reviewer.id(), toAustria);

        String page = api.get("/boards/" + board.slug() + "?lang=en&country=AT").body();

        assertThat(section(page, "battery")).contains("CR1220 lithium coin cell for the clock").contains("remove and replace");
        assertThat(section(page, "svhc")).contains("lead in the glass of the quartz crystal (CAS 7439-92-1)");
        assertThat(section(page, "warnings")).as("English is the page's language").contains("lang=\"en\"");
        assertThat(section(api.get("/boards/" + board.slug() + "?lang=fr").body(), "battery")).contains("retirer et la remplacer");
    }

    @Test
    void thePageIsBuiltWithTheSameStatementsWhateverTheNumberOfRevisionsThenServedWithOne() {
        Fixtures.Listing approved = fixtures.approvedListing("FR");
        Fixtures.Listing grown = fixtures.approvedListing("FR");
        submitRevisions(approved, "2.0");
        submitRevisions(grown, "2.0", "3.0", "4.0");

        List<String> built = SqlStatements.during(() -> api.get("/boards/" + approved.board().slug() + "?country=FR"));
        List<String> builtWithMoreRevisions = SqlStatements.during(
                () -> api.get("/boards/" + grown.board().slug() + "?country=FR"));
        assertThat(builtWithMoreRevisions).as("one read of the dossiers, their sections and reviews, never one per revision")
                .hasSameSizeAs(built);
        assertThat(SqlStatements.during(() -> api.get("/boards/" + grown.board().slug() + "?country=FR")))
                .as("then the page's version with the team's queue").hasSize(1);
    }

    private void submitRevisions(Fixtures.Listing listing, String... labels) {
        for (String label : labels) {
            Revision revision = fixtures.nextRevision(listing, label);
            listings.offer(listing.maker().id(), revision.id(), OfferKind.ASSEMBLY_ONLY, Money.euros(1_000),
                    VatCategory.STANDARD, new PriceBreakdown(0, 300, 500, 100, 100));
            listings.submitForReview(revision.id(), listing.maker().id());
        }
    }

    private DossierContent dossier(UUID revision) {
        return complianceDossiers.dossier(RevisionRef.of(revision)).content();
    }

    /** The element with this id, up to the end of the line it closes on (enough for the block's items). */
    private static String section(String page, String id) {
        int start = page.indexOf("id=\"" + id + "\"");
        assertThat(start).as("the page has #" + id).isNotNegative();
        int open = page.lastIndexOf('<', start);
        String tag = page.substring(open + 1, page.indexOf(' ', open));
        int end = page.indexOf("</" + tag + ">", start);
        return page.substring(open, end);
    }

    private HttpResponse<byte[]> download(String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(api.baseUrl() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String sha256(byte[] content) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
