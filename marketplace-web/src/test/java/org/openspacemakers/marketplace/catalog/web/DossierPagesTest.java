package org.openspacemakers.marketplace.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openspacemakers.marketplace.account.Role;
import org.openspacemakers.marketplace.catalog.Listings;
import org.openspacemakers.marketplace.catalog.Revision;
import org.openspacemakers.marketplace.compliance.Dossiers;
import org.openspacemakers.marketplace.compliance.DossierContent;
import org.openspacemakers.marketplace.compliance.DossierView;
import org.openspacemakers.marketplace.compliance.EvidenceFile;
import org.openspacemakers.marketplace.compliance.ReviewState;
import org.openspacemakers.marketplace.compliance.Reviews;
import org.openspacemakers.marketplace.compliance.RevisionRef;
import org.openspacemakers.marketplace.support.Api;
import org.openspacemakers.marketplace.fixtures.Credentials;
import org.openspacemakers.marketplace.fixtures.DossierFixtures;
import org.openspacemakers.marketplace.fixtures.Fixtures;
import org.openspacemakers.marketplace.support.MarketplaceTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The team's dossier page over real HTTP: the form is stored as typed, a bad field is named and
 * nothing changes, evidence must be a PDF, PNG or JPEG, another team sees nothing, a handed-in
 * dossier is read-only, and the reviewer's comments come back next to their section.
 */
@MarketplaceTest
class DossierPagesTest {

    @Autowired
    Api api;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Dossiers dossiers;
    @Autowired
    Reviews reviews;
    @Autowired
    Listings listings;
    @Autowired
    org.openspacemakers.marketplace.system.Association association;

    /** A draft revision (the small BOM: lines "R1 R2" and "U1") of a board whose team is this maker's. */
    record Draft(Credentials maker, Revision revision) {
        RevisionRef ref() {
            return RevisionRef.of(revision.id());
        }

        String page() {
            return "/revisions/" + revision.id() + "/dossier";
        }
    }

    private Draft draft() {
        Fixtures.Listing listing = fixtures.draftListingWithoutDossier();
        return new Draft(listing.maker(), listing.revision());
    }

    private EvidenceFile uploadPdf(Api.Session session, Draft draft, String name) {
        Api.Answer uploaded = api.upload(session, draft.page() + "/evidence?lang=en", "file", name,
                DossierFixtures.pdf("Declaration of conformity", name), "application/pdf");
        assertThat(uploaded.status()).isEqualTo(302);
        return dossiers.dossier(draft.ref()).files().stream()
                .filter(f -> f.fileName().equals(name)).findFirst().orElseThrow();
    }

    /** A filled form: one standard, the first BOM line's evidence, warnings in French and (added) Portuguese. */
    private static Map<String, String> form(String docFile, String documentDate) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("ce.acts", "EMC");
        form.put("ce.scopeRationale", "Below 50 V: outside the LVD.");
        form.put("ce.intendedUse", "PROFESSIONAL_RND_ONLY");
        form.put("ce.supplyVoltage", "5 V USB");
        form.put("ce.radio", "true");
        form.put("ce.emcClass", "A");
        form.put("ce.standards[0].number", "EN IEC 61326-1");
        form.put("ce.standards[0].edition", "2021");
        form.put("ce.standards[0].citedInOj", "true");
        form.put("ce.standards[0].partsApplied", "all");
        form.put("ce.standards[0].withdrawnOn", "2030-06-30");
        form.put("ce.standards[1].number", "");
        form.put("ce.standards[1].edition", "");
        form.put("ce.standards[1].partsApplied", "");
        form.put("ce.standards[1].withdrawnOn", "");
        form.put("ce.technicalFileRef", "TF-42");
        form.put("ce.docNumber", "DOC-42");
        form.put("ce.docRevisionLabel", "1.0");
        form.put("ce.docBomHash", "AB".repeat(32));
        form.put("ce.docSignatoryName", "Camille Laurent");
        form.put("ce.docSignatoryFunction", "Compliance officer");
        form.put("ce.docPlace", "Toulouse");
        form.put("ce.docSignedOn", "2025-01-20");
        form.put("ce.docFile", docFile);
        form.put("rohs.category", "9");
        form.put("rohs.parts[0].manufacturer", "Yageo");
        form.put("rohs.parts[0].mpn", "RC0603FR-0710KL");
        form.put("rohs.parts[0].type", "MANUFACTURER_DECLARATION");
        form.put("rohs.parts[0].file", docFile);
        form.put("rohs.parts[0].documentDate", documentDate);
        form.put("rohs.parts[1].manufacturer", "");
        form.put("rohs.parts[1].mpn", "");
        form.put("rohs.pcbFinish", "ENIG");
        form.put("weee.household", "false");
        form.put("weee.categories", "Category 5");
        form.put("gpsr.manufacturerName", "Open Space Makers");
        form.put("gpsr.email", "team@example.org");
        form.put("gpsr.warnings[fr]", "Manipuler hors tension.");
        form.put("gpsr.warnings[en]", "");
        form.put("gpsr.newLanguage", "pt");
        form.put("gpsr.newWarnings", "Manusear sem tensão.");
        form.put("battery.onBoard", "true");
        form.put("battery.description", "CR2032 coin cell");
        return form;
    }

    @Test
    void aMakerFillsTheDossierFromThePageAndItIsStoredAsTyped() {
        Draft draft = draft();
        Api.Session session = api.signIn(draft.maker());
        String empty = api.get(draft.page() + "?lang=en", session.headers()).body();
        assertThat(empty).contains("R1 R2").contains("U1").contains("id=\"gaps\"")
                .contains("The CE section of the dossier is incomplete.").contains("scope rationale")
                .contains("action=\"/revisions/" + draft.revision().id() + "/submit");
        EvidenceFile doc = uploadPdf(session, draft, "doc.pdf");

        Api.Answer saved = api.submit(session, draft.page() + "?lang=en", form(doc.sha256(), "2025-01-15"));

        assertThat(saved.status()).isIn(302, 303);
        DossierContent content = dossiers.dossier(draft.ref()).content();
        assertThat(content.ce().acts()).containsExactly(DossierContent.Act.EMC);
        assertThat(content.ce().intendedUse()).isEqualTo(DossierContent.IntendedUse.PROFESSIONAL_RND_ONLY);
        assertThat(content.ce().radio()).isTrue();
        assertThat(content.ce().mainsSupplied()).isFalse();
        assertThat(content.ce().emcClass()).isEqualTo(DossierContent.EmcClass.A);
        assertThat(content.ce().standards()).as("the blank row is left out").containsExactly(
                new DossierContent.Standard("EN IEC 61326-1", "2021", true, "all", LocalDate.of(2030, 6, 30)));
        assertThat(content.ce().declaration()).isEqualTo(new DossierContent.Declaration("DOC-42", "1.0",
                "ab".repeat(32), "Camille Laurent", "Compliance officer", "Toulouse", LocalDate.of(2025, 1, 20),
                doc.sha256()));
        assertThat(content.rohs().category()).isEqualTo(9);
        assertThat(content.rohs().parts()).as("the blank row is left out").hasSize(1);
        DossierContent.PartEvidence part = content.rohs().parts().get(0);
        assertThat(part.line()).isEqualTo("R1 R2");
        assertThat(part.type()).isEqualTo(DossierContent.EvidenceType.MANUFACTURER_DECLARATION);
        assertThat(part.file()).isEqualTo(doc.sha256());
        assertThat(part.documentDate()).isEqualTo(LocalDate.of(2025, 1, 15));
        assertThat(content.weee().household()).isFalse();
        assertThat(content.gpsr().warnings()).containsOnly(Map.entry("fr", "Manipuler hors tension."),
                Map.entry("pt", "Manusear sem tensão."));
        assertThat(content.battery()).isEqualTo(new DossierContent.Battery(true, "CR2032 coin cell", false));

        String page = api.get(saved.header("Location").replace(api.baseUrl(), ""), session.headers()).body();
        assertThat(page).contains("Dossier saved.").contains("DOC-42").contains("Manusear sem tensão.")
                .contains("doc.pdf").contains(doc.sha256()).doesNotContain("id=\"read-only\"")
                .as("the gaps follow what was saved").doesNotContain(">scope rationale<")
                .contains(">radio on board: the RED applies<")
                .as("the chosen file is selected").contains("value=\"" + doc.sha256() + "\" selected=\"selected\">doc.pdf")
                .contains("Portuguese (pt)");
    }

    @Test
    void theExemptionIsChosenFromTheTableAndAnAcceptedAlternateHasAnEvidenceRowOfItsOwn() {
        Draft draft = draft();
        assertThat(api.put("/api/v1/revisions/" + draft.revision().id() + "/bom/lines/1/alternates", draft.maker(),
                "{\"mpns\":[\"CRCW060310K0FKEA\"]}").status()).isEqualTo(200);
        Api.Session session = api.signIn(draft.maker());
        EvidenceFile doc = uploadPdf(session, draft, "doc.pdf");

        String page = api.get(draft.page() + "?lang=en", session.headers()).body();
        assertThat(page).contains("<select id=\"part-0-exemption\" name=\"rohs.parts[0].exemption\">")
                .contains("<option value=\"7(c)-I\"").contains("<option value=\"15(a)\"")
                .doesNotContain("exemptionExpires")
                .contains("accepted alternate CRCW060310K0FKEA")
                .contains("name=\"rohs.parts[1].mpn\" value=\"CRCW060310K0FKEA\"")
                .as("U1 comes after the alternate").contains("name=\"rohs.parts[2].mpn\" value=\"MAX31856MUD+T\"");
        assertThat(api.get(draft.page() + "?lang=fr", session.headers()).body())
                .contains("équivalent accepté CRCW060310K0FKEA").contains("Composants électriques et électroniques contenant du plomb");

        Map<String, String> typo = form(doc.sha256(), "2025-01-15");
        typo.put("rohs.parts[0].exemption", "7(c)-I ");
        typo.put("rohs.parts[1].exemption", "7(c)-IX");
        Api.Answer refused = api.submit(session, draft.page() + "?lang=en", typo);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("rohs.parts[1].exemption: is one of the RoHS exemptions of Annexes III and IV");
        assertThat(dossiers.dossier(draft.ref()).content()).isEqualTo(DossierContent.EMPTY);

        Map<String, String> chosen = form(doc.sha256(), "2025-01-15");
        chosen.put("rohs.parts[0].exemption", "7(c)-I");
        chosen.put("rohs.parts[1].manufacturer", "Vishay");
        chosen.put("rohs.parts[1].mpn", "CRCW060310K0FKEA");
        chosen.put("rohs.parts[1].type", "MANUFACTURER_DECLARATION");
        chosen.put("rohs.parts[1].file", doc.sha256());
        assertThat(api.submit(session, draft.page() + "?lang=en", chosen).status()).isEqualTo(302);
        DossierView saved = dossiers.dossier(draft.ref());
        assertThat(saved.content().rohs().parts()).extracting(p -> p.line() + " " + p.mpn() + " " + p.exemption())
                .containsExactly("R1 R2 RC0603FR-0710KL 7(c)-I", "R1 R2 CRCW060310K0FKEA ");
        assertThat(saved.earliestExpiry()).as("7(c)-I in category 9").contains(LocalDate.of(2027, 6, 30));
        assertThat(saved.gaps()).extracting(g -> g.subject()).doesNotContain("R1 R2", "R1 R2, alternate CRCW060310K0FKEA")
                .contains("U1");
    }

    @Test
    void aBadDateIsNamedWithA400AndNothingChanges() {
        Draft draft = draft();
        Api.Session session = api.signIn(draft.maker());
        EvidenceFile doc = uploadPdf(session, draft, "doc.pdf");
        assertThat(api.submit(session, draft.page() + "?lang=en", form(doc.sha256(), "2025-01-15")).status()).isEqualTo(302);
        DossierContent before = dossiers.dossier(draft.ref()).content();

        Map<String, String> changed = form(doc.sha256(), "15/01/2025");
        changed.put("ce.docNumber", "DOC-CHANGED");
        Api.Answer refused = api.submit(session, draft.page() + "?lang=en", changed);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("rohs.parts[0].documentDate").contains("yyyy-MM-dd")
                .as("the form comes back as typed").contains("DOC-CHANGED");
        assertThat(dossiers.dossier(draft.ref()).content()).isEqualTo(before);

        Map<String, String> unknownFile = form("ab".repeat(32), "2025-01-15");
        Api.Answer rejected = api.submit(session, draft.page() + "?lang=en", unknownFile);
        assertThat(rejected.status()).isEqualTo(400);
        assertThat(rejected.body()).contains("ce.docFile");
        assertThat(dossiers.dossier(draft.ref()).content()).isEqualTo(before);
    }

    @Test
    void anUnknownChoiceOrANumberThatIsNoneIsNamedAndTheFormComesBackAsTyped() {
        Draft draft = draft();
        Api.Session session = api.signIn(draft.maker());
        EvidenceFile doc = uploadPdf(session, draft, "doc.pdf");
        Map<String, String> form = form(doc.sha256(), "15/01/2025");
        form.put("ce.emcClass", "C");
        form.put("rohs.category", "neuf");

        Api.Answer refused = api.submit(session, draft.page() + "?lang=en", form);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("ce.emcClass: has a value of the wrong type or format")
                .contains("rohs.category: is a RoHS category from 1 to 11")
                .contains("rohs.parts[0].documentDate: is a date written yyyy-MM-dd")
                .as("what could not be read comes back as typed").contains("value=\"15/01/2025\"")
                .contains("Manipuler hors tension.");
        assertThat(dossiers.dossier(draft.ref()).content()).isEqualTo(DossierContent.EMPTY);
    }

    @Test
    void theRowsOfABomOfTwoThousandLinesAreAllBoundAndSaved() {
        Draft draft = draft();
        StringBuilder bom = new StringBuilder("Reference,Value,Footprint,Quantity,Manufacturer,MPN\n");
        for (int line = 1; line <= 2000; line++) {
            bom.append("R").append(line).append(",10k,R_0603,1,Yageo,RC0603-").append(line).append('\n');
        }
        assertThat(api.putBytes("/api/v1/revisions/" + draft.revision().id() + "/bom", draft.maker(),
                bom.toString().getBytes(StandardCharsets.UTF_8), "text/csv", Map.of()).status()).isEqualTo(200);
        Api.Session session = api.signIn(draft.maker());
        assertThat(api.get(draft.page() + "?lang=en", session.headers()).body())
                .contains("name=\"rohs.parts[1999].mpn\" value=\"RC0603-2000\"");

        Map<String, String> form = new LinkedHashMap<>(Map.of("ce.docNumber", "DOC-2000"));
        for (int row = 0; row < 2000; row++) {
            for (String field : List.of("manufacturer", "mpn", "type", "file", "documentDate", "distributorFlag",
                    "flagReadOn", "exemption")) {
                form.put("rohs.parts[" + row + "]." + field, switch (field) {
                    case "manufacturer" -> "Yageo";
                    case "mpn" -> "RC0603-" + (row + 1);
                    default -> "";
                });
            }
        }
        Api.Answer saved = api.submit(session, draft.page() + "?lang=en", form);

        assertThat(saved.status()).isEqualTo(302);
        List<DossierContent.PartEvidence> parts = dossiers.dossier(draft.ref()).content().rohs().parts();
        assertThat(parts).hasSize(2000);
        assertThat(parts.get(1999).line()).isEqualTo("R2000");
        assertThat(parts.get(1999).mpn()).isEqualTo("RC0603-2000");
    }

    @Test
    void aFormNamingARowPastTheMostThePageBindsGetsTheErrorPageAndNothingIsSaved() {
        Draft draft = draft();
        Api.Session session = api.signIn(draft.maker());
        Map<String, String> form = form("", "2025-01-15");
        form.remove("ce.docFile");
        form.remove("rohs.parts[0].file");
        form.put("rohs.parts[" + DossierPages.MAX_ROWS + "].mpn", "RC0603FR-0710KL");

        Api.Answer refused = api.submit(session, draft.page() + "?lang=en", form);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("Something is wrong with this request");
        assertThat(dossiers.dossier(draft.ref()).content()).isEqualTo(DossierContent.EMPTY);
        form.remove("rohs.parts[" + DossierPages.MAX_ROWS + "].mpn");
        assertThat(api.submit(session, draft.page() + "?lang=en", form).status()).as("the same form without it").isEqualTo(302);
    }

    @Test
    void anUploadThatIsNotAPdfPngOrJpegIsRefusedWithA400AndNoFileIsAdded() {
        Draft draft = draft();
        Api.Session session = api.signIn(draft.maker());
        uploadPdf(session, draft, "doc.pdf");

        Api.Answer refused = api.upload(session, draft.page() + "/evidence?lang=en", "file", "notes.pdf",
                "just some text, not a PDF".getBytes(StandardCharsets.UTF_8), "application/pdf");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("evidence must be a PDF, PNG or JPEG file").contains("id=\"step-ce\"");
        assertThat(dossiers.dossier(draft.ref()).files()).extracting(EvidenceFile::fileName)
                .containsExactly("doc.pdf");
    }

    @Test
    void anotherTeamsMakerGetsTheNotFoundPageAndChangesNothing() {
        Draft draft = draft();
        EvidenceFile doc = uploadPdf(api.signIn(draft.maker()), draft, "doc.pdf");
        Api.Session outsider = api.signIn(fixtures.user(Role.MAKER));

        assertThat(api.get(draft.page() + "?lang=en", outsider.headers()).status()).isEqualTo(404);
        Api.Answer save = api.submit(outsider, draft.page() + "?lang=en", form(doc.sha256(), "2025-01-15"));
        assertThat(save.status()).isEqualTo(404);
        assertThat(save.body()).contains("Not found").doesNotContain("doc.pdf");
        assertThat(api.upload(outsider, draft.page() + "/evidence?lang=en", "file", "theirs.pdf", DossierFixtures.pdf("x"),
                "application/pdf").status()).isEqualTo(404);
        DossierView view = dossiers.dossier(draft.ref());
        assertThat(view.content()).isEqualTo(DossierContent.EMPTY);
        assertThat(view.files()).extracting(EvidenceFile::fileName).containsExactly("doc.pdf");
        assertThat(api.get("/revisions/" + java.util.UUID.randomUUID() + "/dossier", outsider.headers()).status())
                .isEqualTo(404);
        assertThat(api.get(draft.page() + "/evidence/" + doc.sha256(), outsider.headers()).status()).isEqualTo(404);
    }

    @Test
    void theTeamDownloadsItsEvidenceByItsHash() {
        Draft draft = draft();
        Api.Session session = api.signIn(draft.maker());
        EvidenceFile doc = uploadPdf(session, draft, "doc.pdf");
        Api.Answer download = api.get(draft.page() + "/evidence/" + doc.sha256(), session.headers());
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.header("Content-Disposition")).startsWith("attachment").contains("doc.pdf");
        assertThat(download.body()).startsWith("%PDF-");
        assertThat(api.get(draft.page() + "/evidence/" + "0".repeat(64), session.headers()).status()).isEqualTo(404);
    }

    @Test
    void handingInFromTheDossierPageWithGapsComesBackToItWithEveryGapNextToTheButton() {
        Draft draft = draft();
        Api.Session session = api.signIn(draft.maker());
        assertThat(api.get(draft.page() + "?lang=en", session.headers()).body())
                .contains("<input type=\"hidden\" name=\"from\" value=\"dossier\">");

        Api.Answer refused = api.submit(session, "/revisions/" + draft.revision().id() + "/submit?lang=en",
                Map.of("from", "dossier"));

        assertThat(refused.status()).isEqualTo(302);
        assertThat(refused.header("Location")).endsWith(draft.page() + "?lang=en");
        String page = api.get(refused.header("Location").replace(api.baseUrl(), ""), session.headers()).body();
        String form = page.substring(page.indexOf("id=\"submit-form\""));
        assertThat(form.indexOf("id=\"submit-refused\"")).as("next to the submit button")
                .isGreaterThan(form.indexOf("id=\"submit-revision\""));
        assertThat(form).contains("Not submitted: the dossier still lacks what the reviewer will need.")
                .contains("data-code=\"DOC_MISSING\"").contains("No EU Declaration of Conformity names this revision.")
                .contains("data-code=\"WEEE_INFO_INCOMPLETE\"").contains("take-back information");
        DossierView unchanged = dossiers.dossier(draft.ref());
        assertThat(unchanged.frozen()).isFalse();
        assertThat(unchanged.editable()).isTrue();
        assertThat(reviews.review(draft.ref())).isEmpty();
    }

    @Test
    void aHandedInDossierIsShownReadOnlyAndRefusesChanges() {
        Fixtures.Listing submitted = fixtures.submittedListing();
        RevisionRef revision = RevisionRef.of(submitted.revision().id());
        DossierView before = dossiers.dossier(revision);
        Api.Session session = api.signIn(submitted.maker());
        String path = "/revisions/" + submitted.revision().id() + "/dossier";

        String page = api.get(path + "?lang=en", session.headers()).body();
        assertThat(page).contains("id=\"read-only\"").contains("disabled").contains(before.content().ce().declaration().number())
                .doesNotContain("id=\"save-dossier\"").doesNotContain("id=\"upload-evidence\"");

        Api.Answer save = api.submit(session, path + "?lang=en", form(before.content().ce().declaration().file(), "2025-01-15"));
        assertThat(save.status()).isEqualTo(409);
        assertThat(save.body()).contains("Nothing was saved");
        Api.Answer upload = api.upload(session, path + "/evidence?lang=en", "file", "late.pdf", DossierFixtures.pdf("late"),
                "application/pdf");
        assertThat(upload.status()).isEqualTo(409);
        DossierView after = dossiers.dossier(revision);
        assertThat(after.content()).isEqualTo(before.content());
        assertThat(after.files()).isEqualTo(before.files());
    }

    @Test
    void theReviewersCommentsShowNextToTheirSectionAndTheDossierCanChangeAgain() {
        Fixtures.Listing submitted = fixtures.submittedListing();
        RevisionRef revision = RevisionRef.of(submitted.revision().id());
        Credentials reviewer = fixtures.user(Role.REVIEWER);
        reviews.startReview(revision, reviewer.id());
        reviews.requestChanges(revision, reviewer.id(), "the declaration is unsigned", List.of(
                new ReviewState.Comment("DECLARATION_OF_CONFORMITY", "sign it"),
                new ReviewState.Comment("photos", "show both sides")));
        Api.Session session = api.signIn(submitted.maker());
        String path = "/revisions/" + submitted.revision().id() + "/dossier";

        String page = api.get(path + "?lang=en", session.headers()).body();

        assertThat(page).contains("the declaration is unsigned").doesNotContain("id=\"read-only\"")
                .contains("id=\"save-ce\"").contains("Submit again");
        String ceSection = page.substring(page.indexOf("id=\"section-CE\""), page.indexOf("id=\"section-ROHS\""));
        assertThat(ceSection).contains("id=\"comments-CE\"").contains("EU Declaration of Conformity").contains("sign it")
                .as("the item in words").doesNotContain("DECLARATION_OF_CONFORMITY")
                .doesNotContain("show both sides");
        String general = page.substring(page.indexOf("id=\"review-comments\""), page.indexOf("id=\"gaps\""));
        assertThat(general).contains("photos").contains("show both sides").doesNotContain("sign it");

        DossierContent stored = dossiers.dossier(revision).content();
        Map<String, String> form = form(stored.ce().declaration().file(), "2025-01-15");
        form.put("ce.docNumber", "DOC-SIGNED");
        assertThat(api.submit(session, path + "?lang=en", form).status()).isEqualTo(302);
        assertThat(dossiers.dossier(revision).content().ce().declaration().number()).isEqualTo("DOC-SIGNED");
    }

    @Test
    void aNewRevisionsDossierPageStartsWithoutADeclarationAndOffersTheRevisionsLabelAndBomHash() {
        Fixtures.Listing submitted = fixtures.submittedListing();
        DossierContent.Declaration previous = dossiers.dossier(RevisionRef.of(submitted.revision().id())).content().ce()
                .declaration();
        Revision next = listings.addRevision(submitted.maker().id(), submitted.board().slug(), "2.0");
        DossierView copy = dossiers.dossier(RevisionRef.of(next.id()));
        Api.Session session = api.signIn(submitted.maker());

        String page = api.get("/revisions/" + next.id() + "/dossier?lang=en", session.headers()).body();

        String declaration = page.substring(page.indexOf("id=\"declaration-of-conformity\""), page.indexOf("id=\"section-ROHS\""));
        assertThat(declaration).contains("name=\"ce.docNumber\" value=\"\"")
                .contains("name=\"ce.docRevisionLabel\" value=\"2.0\"")
                .contains("name=\"ce.docBomHash\" value=\"" + copy.subject().bomHash() + "\"")
                .contains("name=\"ce.docSignatoryName\" value=\"\"")
                .as("the previous declaration is among the files, not chosen")
                .contains("value=\"" + previous.file() + "\">declaration-of-conformity.pdf")
                .doesNotContain("value=\"" + previous.file() + "\" selected");
        assertThat(copy.content().ce().declaration()).as("offered on the page, not stored")
                .isEqualTo(DossierContent.Declaration.none());
        String missing = page.substring(page.indexOf("id=\"missing-declaration\""), page.indexOf("id=\"step-rohs\""));
        assertThat(missing).as("what the declaration's step lacks, next to it").contains(">declaration file<")
                .contains(">declaration number<");
    }

    @Test
    void eachStepIsSavedOnItsOwnAndTheOtherStepsStayAsStored() {
        Draft draft = draft();
        Api.Session session = api.signIn(draft.maker());
        EvidenceFile doc = uploadPdf(session, draft, "doc.pdf");
        assertThat(api.submit(session, draft.page() + "?lang=en", form(doc.sha256(), "2025-01-15")).status()).isEqualTo(302);

        Api.Answer gpsr = api.submit(session, draft.page() + "?lang=en", Map.of("step", "gpsr",
                "gpsr.manufacturerName", "Another maker", "gpsr.warnings[fr]", "Débrancher avant usage."));

        assertThat(gpsr.status()).isEqualTo(302);
        assertThat(gpsr.header("Location")).endsWith("#step-gpsr");
        DossierContent content = dossiers.dossier(draft.ref()).content();
        assertThat(content.gpsr().manufacturerName()).isEqualTo("Another maker");
        assertThat(content.gpsr().warnings()).containsEntry("fr", "Débrancher avant usage.")
                .as("a field the step did not post stays").containsEntry("pt", "Manusear sem tensão.");
        assertThat(content.ce().declaration().number()).as("another step's").isEqualTo("DOC-42");
        assertThat(content.rohs().parts()).hasSize(1);

        Api.Answer ce = api.submit(session, draft.page() + "?lang=en", Map.of("step", "ce", "_ce.acts", "on",
                "_ce.radio", "on", "ce.supplyVoltage", "3.3 V"));
        assertThat(ce.status()).isEqualTo(302);
        DossierContent after = dossiers.dossier(draft.ref()).content();
        assertThat(after.ce().acts()).as("unticked in the step").isEmpty();
        assertThat(after.ce().radio()).isFalse();
        assertThat(after.ce().supplyVoltage()).isEqualTo("3.3 V");
        assertThat(after.ce().declaration().number()).as("the declaration is a step of its own").isEqualTo("DOC-42");
        assertThat(after.gpsr().manufacturerName()).isEqualTo("Another maker");

        String page = api.get(ce.header("Location").replace(api.baseUrl(), "").replace("#step-ce", ""),
                session.headers()).body();
        assertThat(page).contains("Step saved.").contains("id=\"steps\"").contains("href=\"#step-rohs\"")
                .contains("id=\"save-declaration\"").contains("id=\"missing-ce\"");
        String steps = page.substring(page.indexOf("id=\"steps\""), page.indexOf("</nav>", page.indexOf("id=\"steps\"")));
        assertThat(steps).containsPattern("data-step=\"battery\"[^>]*step-done")
                .containsPattern("data-step=\"ce\"[^>]*step-todo").contains("missing");
        String french = api.get(draft.page() + "?lang=fr", session.headers()).body();
        assertThat(french).contains("Enregistrer cette étape").contains("étapes complètes sur").doesNotContain("??");
        assertThat(french.substring(french.indexOf("id=\"missing-ce\""), french.indexOf("id=\"step-declaration\"")))
                .as("what a step misses in the page's language").contains(">actes applicables<")
                .doesNotContain("applicable acts");
    }

    @Test
    void aBadFieldOfAStepIsShownNextToItWithWhatWasTypedAndNothingIsSaved() {
        Draft draft = draft();
        Api.Session session = api.signIn(draft.maker());

        Api.Answer refused = api.submit(session, draft.page() + "?lang=en", Map.of("step", "declaration",
                "ce.docNumber", "DOC-TYPED", "ce.docSignedOn", "the twentieth"));

        assertThat(refused.status()).isEqualTo(400);
        String body = refused.body();
        int input = body.indexOf("id=\"ce-docSignedOn\"");
        int problem = body.indexOf("class=\"field-problem\"");
        assertThat(problem).as("the problem right after its field").isGreaterThan(input);
        assertThat(body.substring(input, problem)).doesNotContain("<label");
        assertThat(body.substring(problem, body.indexOf("</span>", problem))).contains("data-field=\"ce.docSignedOn\"");
        assertThat(body).contains("id=\"problems-declaration\"").contains("value=\"DOC-TYPED\"")
                .contains("value=\"the twentieth\"");
        assertThat(dossiers.dossier(draft.ref()).content().ce().declaration().number()).isEmpty();
    }

    @Test
    void oneDeclarationCoversSeveralBomLinesAtOnceEachKeepingItsOwnPart() {
        Draft draft = draft();
        Api.Session session = api.signIn(draft.maker());
        EvidenceFile declaration = uploadPdf(session, draft, "rohs-declaration.pdf");
        assertThat(api.get(draft.page() + "?lang=en", session.headers()).body()).contains("id=\"rohs-bulk\"")
                .contains("id=\"part-0-apply\"").contains("id=\"part-1-apply\"");

        Api.Answer saved = api.submit(session, draft.page() + "?lang=en", List.of(Map.entry("step", "rohs"),
                Map.entry("rohs.apply", "0"), Map.entry("rohs.apply", "1"),
                Map.entry("rohs.bulk.type", "MANUFACTURER_DECLARATION"), Map.entry("rohs.bulk.file", declaration.sha256()),
                Map.entry("rohs.bulk.documentDate", "2025-02-01")));

        assertThat(saved.status()).isEqualTo(302);
        String after = api.get(saved.header("Location").replace(api.baseUrl(), "").replace("#step-rohs", ""),
                session.headers()).body();
        assertThat(after.substring(after.indexOf("id=\"step-rohs\""))).as("said where the maker is")
                .contains("<p class=\"notice\" role=\"status\">Step saved.</p>");
        List<DossierContent.PartEvidence> parts = dossiers.dossier(draft.ref()).content().rohs().parts();
        assertThat(parts).extracting(DossierContent.PartEvidence::line).containsExactly("R1 R2", "U1");
        assertThat(parts).allSatisfy(part -> {
            assertThat(part.type()).isEqualTo(DossierContent.EvidenceType.MANUFACTURER_DECLARATION);
            assertThat(part.file()).isEqualTo(declaration.sha256());
            assertThat(part.documentDate()).isEqualTo(LocalDate.of(2025, 2, 1));
            assertThat(part.mpn()).as("each its own part").isNotBlank();
        });
        assertThat(parts.get(0).mpn()).isNotEqualTo(parts.get(1).mpn());

        Api.Answer badDate = api.submit(session, draft.page() + "?lang=en", List.of(Map.entry("step", "rohs"),
                Map.entry("rohs.apply", "1"), Map.entry("rohs.bulk.type", "TEST_REPORT"),
                Map.entry("rohs.bulk.documentDate", "soon")));
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.body()).as("what was typed stays").containsPattern("id=\"part-1-apply\"[^>]*checked")
                .doesNotContainPattern("id=\"part-0-apply\"[^>]*checked").contains("value=\"soon\"")
                .containsPattern("value=\"TEST_REPORT\"[^>]*selected")
                .contains("data-field=\"rohs.bulk.documentDate\"");
    }

    @Test
    void theManufacturersDetailsArePrefilledFromTheAssociationUntilTheTeamStatesItsOwn() {
        Draft draft = draft();
        Api.Session session = api.signIn(draft.maker());

        String page = api.get(draft.page() + "?lang=en", session.headers()).body();

        assertThat(page).contains("value=\"" + association.name() + "\"")
                .contains(association.postalAddress() + "</textarea>").contains("value=\"" + association.email() + "\"");
        assertThat(dossiers.dossier(draft.ref()).content().gpsr().manufacturerName()).as("offered, not stored").isEmpty();
        api.submit(session, draft.page() + "?lang=en", Map.of("step", "gpsr", "gpsr.manufacturerName", "Team Maker SAS"));
        assertThat(api.get(draft.page() + "?lang=en", session.headers()).body()).contains("value=\"Team Maker SAS\"")
                .doesNotContain("value=\"" + association.name() + "\"");
    }
}
