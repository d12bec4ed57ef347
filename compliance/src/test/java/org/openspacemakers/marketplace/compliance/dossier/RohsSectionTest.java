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
    private static final LocalDate TODAY = LocalDate.parse("2026-12-01");

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
    void anExemptionHoldsOnTheDayItExpires() {
        RohsSection rohs = new RohsSection();
        rohs.replace(rohs(new DossierContent.PartEvidence("R1", "Yageo", "RC0603", EvidenceType.TEST_REPORT, PDF, null,
                "", null, "7(c)-I", TODAY)));
        assertThat(rohs.expired(TODAY)).isEmpty();
        assertThat(rohs.expired(TODAY.plusDays(1))).containsExactly(
                new Refusal(RefusalCode.EVIDENCE_EXPIRED, "R1: exemption 7(c)-I expired on 2026-12-01"));
        assertThat(rohs.lastValidDays()).containsExactly(TODAY);
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
        return new DossierContent.Rohs(9, List.of(parts), "SAC305", PDF, "ENIG");
    }

    private static DossierContent.PartEvidence part(String line, EvidenceType type) {
        return new DossierContent.PartEvidence(line, "Murata", "GRM", type, PDF, null, "", null, "", null);
    }

    private static RevisionSubject.BomLine line(String references, boolean doNotPlace) {
        return new RevisionSubject.BomLine(references, "", "", List.of(), doNotPlace);
    }
}
