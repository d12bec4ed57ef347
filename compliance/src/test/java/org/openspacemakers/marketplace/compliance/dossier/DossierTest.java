package org.openspacemakers.marketplace.compliance.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openspacemakers.marketplace.compliance.ChecklistItem;
import org.openspacemakers.marketplace.compliance.DossierContent;
import org.openspacemakers.marketplace.compliance.DossierIncomplete;
import org.openspacemakers.marketplace.compliance.DossierRejected;
import org.openspacemakers.marketplace.compliance.EvidenceFile;
import org.openspacemakers.marketplace.refusal.Refusal;
import org.openspacemakers.marketplace.refusal.RefusalCode;
import org.openspacemakers.marketplace.compliance.RevisionRef;
import org.openspacemakers.marketplace.compliance.RevisionSubject;

class DossierTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2026-12-01");
    private static final String PDF = "e".repeat(64);
    private static final List<RevisionSubject.BomLine> BOM = List.of(
            new RevisionSubject.BomLine("C1 C2", "", "", List.of(), false),
            new RevisionSubject.BomLine("J1", "", "", List.of(), true));
    private static final String BOM_HASH = "f".repeat(64);

    @Test
    void anEmptyDossierNamesEverythingAReviewerNeeds() {
        RevisionRef revision = RevisionRef.of(UUID.randomUUID());
        Dossier dossier = Dossier.start(revision, NOW);
        assertThat(dossier.gaps(subject(revision, "1.0"), TODAY)).extracting(r -> r.code() + " " + r.subject()).containsExactly(
                "CE_INFO_INCOMPLETE applicable acts", "CE_INFO_INCOMPLETE scope rationale",
                "CE_INFO_INCOMPLETE supply voltage", "CE_INFO_INCOMPLETE EMC class",
                "CE_INFO_INCOMPLETE standards applied", "CE_INFO_INCOMPLETE technical file reference",
                "DOC_MISSING declaration file", "DOC_MISSING declaration number",
                "DOC_MISSING declaration's hardware revision", "DOC_MISSING declaration's BOM hash",
                "DOC_MISSING declaration signatory", "DOC_MISSING signatory's function",
                "DOC_MISSING place of signature", "DOC_MISSING date of signature",
                "ROHS_EVIDENCE_MISSING RoHS category", "ROHS_EVIDENCE_MISSING C1 C2",
                "ROHS_EVIDENCE_MISSING process evidence (solder, PCB finish)", "WEEE_INFO_INCOMPLETE WEEE categories",
                "WEEE_INFO_INCOMPLETE take-back information", "GPSR_INFO_INCOMPLETE manufacturer name",
                "GPSR_INFO_INCOMPLETE postal address", "GPSR_INFO_INCOMPLETE e-mail address",
                "GPSR_INFO_INCOMPLETE product identification", "GPSR_INFO_INCOMPLETE warnings and safety information");
        assertThat(dossier.checklist()).doesNotContain(ChecklistItem.RADIO, ChecklistItem.BATTERY, ChecklistItem.SVHC);
    }

    @Test
    void anIncompleteDossierIsNotHandedInAndNamesEveryGapAnApprovalWouldName() {
        RevisionRef revision = RevisionRef.of(UUID.randomUUID());
        Dossier dossier = Dossier.start(revision, NOW);
        RevisionSubject subject = subject(revision, "1.0");

        assertThatThrownBy(() -> dossier.freeze(subject, NOW)).isInstanceOfSatisfying(DossierIncomplete.class, refused -> {
            assertThat(refused.kind()).isEqualTo("submission-refused");
            assertThat(refused.reasons()).isEqualTo(dossier.gaps(subject, TODAY)).hasSize(24);
        });
        assertThat(dossier.frozen()).isFalse();

        dossier.attach(new EvidenceFile(PDF, "doc.pdf", "application/pdf", 10, NOW));
        dossier.replace(complete(PDF, new DossierContent.Battery(false, "", false), ""), NOW);
        dossier.freeze(subject, NOW);
        assertThat(dossier.frozen()).isTrue();
        assertThat(dossier.frozenAt()).contains(NOW);
    }

    @Test
    void anExpiredExemptionKeepsADossierFromBeingHandedInButWhatOnlyTheReviewerDecidesDoesNot() {
        RevisionRef revision = RevisionRef.of(UUID.randomUUID());
        RevisionSubject subject = subject(revision, "1.0");
        // 6(b)-I holds until 11 December 2026 in categories 1-7 and 10 (rohs/exemptions.csv), in category 3 here.
        Dossier expired = Dossier.start(revision, NOW);
        expired.attach(new EvidenceFile(PDF, "doc.pdf", "application/pdf", 10, NOW));
        expired.replace(complete(PDF, new DossierContent.Battery(false, "", false), "6(b)-I"), NOW);

        assertThatThrownBy(() -> expired.freeze(subject, Instant.parse("2026-12-12T08:00:00Z")))
                .isInstanceOfSatisfying(DossierIncomplete.class, refused -> assertThat(refused.reasons())
                        .extracting(r -> r.code() + " " + r.subject())
                        .containsExactly("EVIDENCE_EXPIRED C1 C2: exemption 6(b)-I expired on 2026-12-11"));
        assertThat(expired.frozen()).isFalse();

        // An exemption holds on its last day; a battery on board needs its producer registration in each
        // country approved, and the checklist is ticked by the reviewer: neither is the team's to hand in.
        Dossier withBattery = Dossier.start(revision, NOW);
        withBattery.attach(new EvidenceFile(PDF, "doc.pdf", "application/pdf", 10, NOW));
        withBattery.replace(complete(PDF, new DossierContent.Battery(true, "CR2032 coin cell", true), "6(b)-I"), NOW);
        withBattery.freeze(subject, Instant.parse("2026-12-11T22:00:00Z"));
        assertThat(withBattery.frozen()).isTrue();
        assertThat(withBattery.checklist()).contains(ChecklistItem.BATTERY);
    }

    @Test
    void anExemptionOutsideTheTableIsRefusedNamingItsFieldAndNothingChanges() {
        Dossier dossier = Dossier.start(RevisionRef.of(UUID.randomUUID()), NOW);
        dossier.attach(new EvidenceFile(PDF, "doc.pdf", "application/pdf", 10, NOW));
        DossierContent before = complete(PDF, new DossierContent.Battery(false, "", false), "7(c)-I");
        dossier.replace(before, NOW);
        DossierContent typo = complete(PDF, new DossierContent.Battery(false, "", false), "7(c)-III");
        assertThatThrownBy(() -> dossier.replace(typo, NOW.plusSeconds(60))).isInstanceOfSatisfying(DossierRejected.class,
                refused -> {
                    assertThat(refused.field()).isEqualTo("rohs.parts[0].exemption");
                    assertThat(refused.problems().get(0).key()).isEqualTo("invalid.dossier.exemption");
                });
        assertThat(dossier.content()).isEqualTo(before);
        assertThat(dossier.updatedAt()).isEqualTo(NOW);
    }

    @Test
    void aFileMustBeUploadedToTheDossierBeforeItIsReferredTo() {
        Dossier dossier = Dossier.start(RevisionRef.of(UUID.randomUUID()), NOW);
        DossierContent naming = content(PDF, Map.of("fr", "Attention"));
        assertThatThrownBy(() -> dossier.replace(naming, NOW)).isInstanceOf(DossierRejected.class)
                .extracting(e -> ((DossierRejected) e).field()).isEqualTo("ce.docFile");
        dossier.attach(new EvidenceFile(PDF, "doc.pdf", "application/pdf", 10, NOW));
        dossier.replace(naming, NOW);
        assertThat(dossier.evidenceHashes()).containsEntry("DOC", PDF);
    }

    @Test
    void aDossierListsABoundedNumberOfStandardsAndBomLines() {
        Dossier dossier = Dossier.start(RevisionRef.of(UUID.randomUUID()), NOW);
        List<DossierContent.Standard> standards = java.util.Collections.nCopies(Dossier.MAX_STANDARDS + 1,
                new DossierContent.Standard("EN 55032", "2015", true, "", null));
        DossierContent tooMany = new DossierContent(new DossierContent.Ce(null, "", null, "", false, false, false, null,
                standards, "", null, null), null, null, null, null, null);
        assertThatThrownBy(() -> dossier.replace(tooMany, NOW)).isInstanceOf(DossierRejected.class)
                .extracting(e -> ((DossierRejected) e).field()).isEqualTo("ce.standards");
        assertThat(dossier.content()).isEqualTo(DossierContent.EMPTY);
    }

    @Test
    void aStandardIsNamedByItsNumber() {
        Dossier dossier = Dossier.start(RevisionRef.of(UUID.randomUUID()), NOW);
        List<DossierContent.Standard> standards = List.of(new DossierContent.Standard("EN 55032", "2015", true, "", null),
                new DossierContent.Standard(null, "2019", false, "", null));
        DossierContent unnamed = new DossierContent(new DossierContent.Ce(null, "", null, "", false, false, false, null,
                standards, "", null, null), null, null, null, null, null);
        assertThatThrownBy(() -> dossier.replace(unnamed, NOW)).isInstanceOf(DossierRejected.class)
                .extracting(e -> ((DossierRejected) e).field()).isEqualTo("ce.standards[1].number");
        assertThat(dossier.content()).isEqualTo(DossierContent.EMPTY);
    }

    @Test
    void warningsAreInAnOfficialLanguageOfTheUnion() {
        Dossier dossier = Dossier.start(RevisionRef.of(UUID.randomUUID()), NOW);
        assertThatThrownBy(() -> dossier.replace(content(null, Map.of("xx", "?")), NOW))
                .isInstanceOf(DossierRejected.class)
                .extracting(e -> ((DossierRejected) e).field()).isEqualTo("gpsr.warnings");
    }

    @Test
    void theEarliestExemptionOrWithdrawalIsTheDossiersExpiryAndANewRevisionStartsFromACopy() {
        RevisionRef first = RevisionRef.of(UUID.randomUUID());
        Dossier dossier = Dossier.start(first, NOW);
        dossier.attach(new EvidenceFile(PDF, "doc.pdf", "application/pdf", 10, NOW));
        DossierContent content = content(PDF, Map.of("fr", "Attention"));
        DossierContent withExpiries = new DossierContent(
                new DossierContent.Ce(content.ce().acts(), "", null, "", false, false, false, null,
                        List.of(new DossierContent.Standard("EN 55032", "2015", true, "", LocalDate.parse("2027-03-01"))),
                        "", content.ce().declaration(), null),
                new DossierContent.Rohs(9, List.of(new DossierContent.PartEvidence("C1 C2", "Murata", "GRM", null, PDF, null,
                        "", null, "7(a)")), "", null, ""),
                null, content.gpsr(), null, null);
        dossier.replace(complete(PDF, new DossierContent.Battery(false, "", false), ""), NOW);
        dossier.freeze(subject(first, "1.0"), NOW);
        assertThat(dossier.frozen()).isTrue();
        dossier.replace(withExpiries, NOW);
        assertThat(dossier.earliestExpiry()).contains(LocalDate.parse("2027-02-28"));

        RevisionRef second = RevisionRef.of(UUID.randomUUID());
        Dossier next = dossier.copyFor(second, NOW);
        assertThat(next.frozen()).isFalse();
        assertThat(next.content()).isEqualTo(dossier.content().with(DossierContent.Declaration.none()));
        assertThat(next.files()).isEqualTo(dossier.files());
        assertThat(next.gaps(subject(second, "2.0"), LocalDate.parse("2027-07-01"))).extracting(r -> r.code())
                .contains(RefusalCode.EVIDENCE_EXPIRED);
    }

    @Test
    void aNewRevisionsCopyStartsWithoutADeclarationOfConformityTheOldOneStayingAmongItsFiles() {
        RevisionRef first = RevisionRef.of(UUID.randomUUID());
        Dossier dossier = Dossier.start(first, NOW);
        dossier.attach(new EvidenceFile(PDF, "doc.pdf", "application/pdf", 10, NOW));
        dossier.replace(complete(PDF, new DossierContent.Battery(false, "", false), ""), NOW);
        dossier.freeze(subject(first, "1.0"), NOW);

        RevisionRef second = RevisionRef.of(UUID.randomUUID());
        Dossier next = dossier.copyFor(second, NOW);

        assertThat(next.content().ce().declaration()).isEqualTo(DossierContent.Declaration.none());
        assertThat(next.evidenceHashes()).doesNotContainKey("DOC");
        assertThat(next.file(PDF)).as("the old declaration, evidence now").isPresent();
        assertThat(next.content().rohs()).isEqualTo(dossier.content().rohs());
        assertThat(next.content().ce().standards()).isEqualTo(dossier.content().ce().standards());
        assertThat(next.gaps(subject(second, "2.0"), TODAY)).extracting(r -> r.code() + " " + r.subject()).containsExactly(
                "DOC_MISSING declaration file", "DOC_MISSING declaration number",
                "DOC_MISSING declaration's hardware revision", "DOC_MISSING declaration's BOM hash",
                "DOC_MISSING declaration signatory", "DOC_MISSING signatory's function",
                "DOC_MISSING place of signature", "DOC_MISSING date of signature");
    }

    @Test
    void aDeclarationNamingAnotherRevisionOrAnotherBomIsNoDeclarationOfThisOne() {
        RevisionRef revision = RevisionRef.of(UUID.randomUUID());
        DossierContent complete = complete(PDF, new DossierContent.Battery(false, "", false), "");
        DossierContent.Declaration signed = complete.ce().declaration();
        Dossier dossier = Dossier.start(revision, NOW);
        dossier.attach(new EvidenceFile(PDF, "doc.pdf", "application/pdf", 10, NOW));

        dossier.replace(complete.with(new DossierContent.Declaration(signed.number(), "1.0", signed.bomHash(),
                signed.signatoryName(), signed.signatoryFunction(), signed.place(), signed.signedOn(), signed.file())), NOW);
        assertThatThrownBy(() -> dossier.freeze(subject(revision, "2.0"), NOW)).isInstanceOfSatisfying(
                DossierIncomplete.class, refused -> assertThat(refused.reasons()).containsExactly(
                        Refusal.of(RefusalCode.DOC_MISSING, "declaration names revision 1.0, not 2.0")));

        dossier.replace(complete.with(new DossierContent.Declaration(signed.number(), "2.0", "0".repeat(64),
                signed.signatoryName(), signed.signatoryFunction(), signed.place(), signed.signedOn(), signed.file())), NOW);
        assertThatThrownBy(() -> dossier.freeze(subject(revision, "2.0"), NOW)).isInstanceOfSatisfying(
                DossierIncomplete.class, refused -> assertThat(refused.reasons()).containsExactly(
                        Refusal.of(RefusalCode.DOC_MISSING, "declaration names BOM 000000000000…, not ffffffffffff…")));
        assertThat(dossier.frozen()).isFalse();

        dossier.replace(complete.with(new DossierContent.Declaration(signed.number(), "2.0", BOM_HASH.toUpperCase(),
                signed.signatoryName(), signed.signatoryFunction(), signed.place(), signed.signedOn(), signed.file())), NOW);
        dossier.freeze(subject(revision, "2.0"), NOW);
        assertThat(dossier.frozen()).isTrue();
    }

    /** The revision with {@link #BOM} (its hash {@link #BOM_HASH}) under that label. */
    private static RevisionSubject subject(RevisionRef revision, String label) {
        return new RevisionSubject(revision, "Board", label, BOM_HASH, "", BOM);
    }

    /**
     * Nothing missing for revision 1.0 with {@link #BOM}, the one file as every piece of evidence, an
     * exemption claimed on C1 C2 (none when empty): 7(c)-I in category 9, any other in category 3.
     */
    private static DossierContent complete(String file, DossierContent.Battery battery, String exemption) {
        return new DossierContent(
                new DossierContent.Ce(EnumSet.of(DossierContent.Act.EMC, DossierContent.Act.ROHS), "below 50 V",
                        DossierContent.IntendedUse.FINISHED_PRODUCT, "5 V DC", false, false, false,
                        DossierContent.EmcClass.B, List.of(new DossierContent.Standard("EN IEC 61326-1", "2021", true, "all", null)),
                        "TF-1", new DossierContent.Declaration("DOC-1", "1.0", BOM_HASH, "A. Signer", "Compliance officer",
                                "Toulouse", TODAY, file), null),
                new DossierContent.Rohs(exemption.isEmpty() || exemption.equals("7(c)-I") ? 9 : 3,
                        List.of(new DossierContent.PartEvidence("C1 C2", "Murata", "GRM",
                        DossierContent.EvidenceType.MANUFACTURER_DECLARATION, file, TODAY, "RoHS compliant", TODAY,
                        exemption)), "SAC305", file, "ENIG"),
                DossierContent.Weee.typed(true, "Category 5", "one-for-one take-back"),
                new DossierContent.Gpsr("Makers", "1 rue des Essais, Toulouse", "a@makers.example", "Board 1.0",
                        Map.of("fr", "Attention")),
                battery, null);
    }

    private static DossierContent content(String doc, Map<String, String> warnings) {
        return new DossierContent(
                new DossierContent.Ce(EnumSet.of(DossierContent.Act.EMC), "", null, "", false, false, false, null, null, "",
                        new DossierContent.Declaration("", "", "", "", "", "", null, doc), null),
                null, null, new DossierContent.Gpsr("", "", "", "", warnings), null, null);
    }
}
