package org.openspacemakers.marketplace.compliance.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openspacemakers.marketplace.compliance.DossierContent;
import org.openspacemakers.marketplace.compliance.DossierContent.EvidenceType;
import org.openspacemakers.marketplace.compliance.DossierRejected;
import org.openspacemakers.marketplace.refusal.Refusal;
import org.openspacemakers.marketplace.refusal.RefusalCode;
import org.openspacemakers.marketplace.compliance.RevisionSubject;

class RohsSectionTest {

    private static final String PDF = "a".repeat(64);

    @Test
    void aBomLineIsMatchedByItsReferencesWhateverTheSeparatorAndALineNotPlacedNeedsNoEvidence() {
        RohsSection rohs = new RohsSection();
        rohs.replace(rohs(part("C1, C2", EvidenceType.TEST_REPORT), part("U1", null)));
        List<RevisionSubject.BomLine> bom = List.of(line("C1  C2", false), line("U1", false), line("R1", false),
                line("J9", true));
        assertThat(rohs.gaps(bom)).containsExactly(
                Refusal.of(RefusalCode.ROHS_EVIDENCE_MISSING, "U1"),
                Refusal.of(RefusalCode.ROHS_EVIDENCE_MISSING, "R1"));
    }

    @Test
    void anExemptionHoldsUntilTheLastDayTheTableGivesForTheCategory() {
        RohsSection rohs = new RohsSection();
        rohs.replace(rohs(9, exempt("R1", "7(c)-I")));
        LocalDate lastDay = LocalDate.parse("2027-06-30");
        assertThat(rohs.expired(lastDay)).isEmpty();
        assertThat(rohs.expired(lastDay.plusDays(1))).containsExactly(
                new Refusal(RefusalCode.EVIDENCE_EXPIRED, "R1: exemption 7(c)-I expired on 2027-06-30"));
        assertThat(rohs.lastValidDays()).containsExactly(lastDay);
    }

    @Test
    void anExemptionsExpiryDependsOnTheDossiersCategory() {
        LocalDate day = LocalDate.parse("2027-01-04");
        RohsSection household = new RohsSection();
        household.replace(rohs(3, exempt("R1", "6(b)-I")));
        assertThat(household.expired(day)).containsExactly(
                new Refusal(RefusalCode.EVIDENCE_EXPIRED, "R1: exemption 6(b)-I expired on 2026-12-11"));

        RohsSection other = new RohsSection();
        other.replace(rohs(11, exempt("R1", "6(b)-I")));
        assertThat(other.expired(day)).isEmpty();
        assertThat(other.lastValidDays()).containsExactly(LocalDate.parse("2027-06-11"));
    }

    @Test
    void anExemptionAwaitingItsRenewalDecisionHoldsWithoutALastDayButOnlyForItsCategories() {
        RohsSection pending = new RohsSection();
        pending.replace(rohs(3, exempt("U1", "15(a)")));
        assertThat(pending.expired(LocalDate.parse("2040-01-01"))).isEmpty();
        assertThat(pending.lastValidDays()).isEmpty();
        assertThat(pending.gaps(List.of(line("U1", false)))).isEmpty();

        RohsSection elsewhere = new RohsSection();
        elsewhere.replace(rohs(9, exempt("U1", "15(a)")));
        assertThat(elsewhere.gaps(List.of(line("U1", false)))).containsExactly(
                Refusal.of(RefusalCode.ROHS_EVIDENCE_MISSING, "U1: exemption 15(a) does not cover RoHS category 9"));
    }

    @Test
    void anExemptionIsChosenFromTheTableAndKeptAsTheTableWritesIt() {
        assertThatThrownBy(() -> RohsSection.check(rohs(9, part("C1", null), exempt("R1", "7(c)-1")), sha256 -> true))
                .isInstanceOf(DossierRejected.class)
                .extracting(e -> ((DossierRejected) e).field()).isEqualTo("rohs.parts[1].exemption");
        RohsSection.check(rohs(9, exempt("R1", " 7(C)-I ")), sha256 -> true);
        RohsSection rohs = new RohsSection();
        rohs.replace(rohs(9, exempt("R1", " 7(C)-I ")));
        assertThat(rohs.content().parts()).extracting(DossierContent.PartEvidence::exemption).containsExactly("7(c)-I");
    }

    @Test
    void evidenceNamingAnotherPartThanTheLinesIsNoEvidenceForIt() {
        RohsSection rohs = new RohsSection();
        rohs.replace(rohs(9, evidence("R1 R2", "RC0603JR-07100RL")));
        assertThat(rohs.gaps(List.of(line("R1 R2", "RC0603FR-0710KL")))).containsExactly(Refusal.of(
                RefusalCode.ROHS_EVIDENCE_MISSING, "R1 R2: the evidence names RC0603JR-07100RL, not RC0603FR-0710KL"));

        rohs.replace(rohs(9, evidence("R1 R2", "rc0603fr-0710kl "), evidence("R1 R2", "RC0603JR-07100RL")));
        assertThat(rohs.gaps(List.of(line("R1 R2", "RC0603FR-0710KL")))).as("the line's part, and a stray one")
                .containsExactly(Refusal.of(RefusalCode.ROHS_EVIDENCE_MISSING,
                        "R1 R2: the evidence names RC0603JR-07100RL, not RC0603FR-0710KL"));
    }

    @Test
    void eachAcceptedAlternateNeedsEvidenceOfItsOwn() {
        RevisionSubject.BomLine withAlternates = new RevisionSubject.BomLine("R1 R2", "Yageo", "RC0603FR-0710KL",
                List.of("CRCW060310K0FKEA", "ERJ-3EKF1002V"), false);
        RohsSection rohs = new RohsSection();
        rohs.replace(rohs(9, evidence("R1 R2", "RC0603FR-0710KL"), evidence("R1 R2", "ERJ-3EKF1002V")));
        assertThat(rohs.gaps(List.of(withAlternates))).containsExactly(
                Refusal.of(RefusalCode.ROHS_EVIDENCE_MISSING, "R1 R2, alternate CRCW060310K0FKEA"));

        rohs.replace(rohs(9, evidence("R1 R2", "RC0603FR-0710KL"), evidence("R1 R2", "ERJ-3EKF1002V"),
                evidence("R1 R2", "CRCW060310K0FKEA")));
        assertThat(rohs.gaps(List.of(withAlternates))).isEmpty();
        assertThat(rohs.evidenceHashes()).containsOnlyKeys("SOLDER", "ROHS R1 R2", "ROHS R1 R2 ERJ-3EKF1002V",
                "ROHS R1 R2 CRCW060310K0FKEA");
    }

    @Test
    void evidenceWithoutItsLineIsRefusedByItsPlaceInTheList() {
        assertThatThrownBy(() -> new RohsSection().replace(rohs(part("C1", null), part("C2", null), part("C3", null),
                part(" ", null))))
                .isInstanceOf(DossierRejected.class)
                .extracting(e -> ((DossierRejected) e).field()).isEqualTo("rohs.parts[3].line");
    }

    @Test
    void theCategoryIsOneOfTheElevenOfRohs() {
        RohsSection.check(new DossierContent.Rohs(11, List.of(), "", null, ""), sha256 -> false);
        assertThatThrownBy(() -> RohsSection.check(new DossierContent.Rohs(12, List.of(), "", null, ""), sha256 -> false))
                .isInstanceOf(DossierRejected.class)
                .extracting(e -> ((DossierRejected) e).field()).isEqualTo("rohs.category");
    }

    @Test
    void aLinesDocumentIsSeenUnderItsReferencesCutToTheLengthOfAnItem() {
        RohsSection rohs = new RohsSection();
        String references = "C1 ".repeat(100).strip();
        rohs.replace(rohs(part(references, EvidenceType.TEST_REPORT)));
        assertThat(rohs.evidenceHashes()).containsExactly(Map.entry("SOLDER", PDF),
                Map.entry(("ROHS " + references).substring(0, 200), PDF));
    }

    private static DossierContent.Rohs rohs(DossierContent.PartEvidence... parts) {
        return rohs(9, parts);
    }

    private static DossierContent.Rohs rohs(int category, DossierContent.PartEvidence... parts) {
        return new DossierContent.Rohs(category, List.of(parts), "SAC305", PDF, "ENIG");
    }

    private static DossierContent.PartEvidence part(String line, EvidenceType type) {
        return new DossierContent.PartEvidence(line, "Murata", "GRM", type, PDF, null, "", null, "");
    }

    private static DossierContent.PartEvidence evidence(String line, String mpn) {
        return new DossierContent.PartEvidence(line, "Yageo", mpn, EvidenceType.MANUFACTURER_DECLARATION, PDF, null, "",
                null, "");
    }

    private static DossierContent.PartEvidence exempt(String line, String exemption) {
        return new DossierContent.PartEvidence(line, "Yageo", "RC0603", EvidenceType.TEST_REPORT, PDF, null, "", null,
                exemption);
    }

    /** A line whose BOM gives no MPN: the evidence documents the one the team states. */
    private static RevisionSubject.BomLine line(String references, boolean doNotPlace) {
        return new RevisionSubject.BomLine(references, "", "", List.of(), doNotPlace);
    }

    private static RevisionSubject.BomLine line(String references, String mpn) {
        return new RevisionSubject.BomLine(references, "Yageo", mpn, List.of(), false);
    }
}
