package org.openspacemakers.marketplace.compliance.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openspacemakers.marketplace.compliance.DossierContent;
import org.openspacemakers.marketplace.compliance.DossierContent.Act;
import org.openspacemakers.marketplace.compliance.DossierContent.EmcClass;
import org.openspacemakers.marketplace.compliance.DossierRejected;
import org.openspacemakers.marketplace.compliance.RevisionRef;
import org.openspacemakers.marketplace.compliance.RevisionSubject;
import org.openspacemakers.marketplace.refusal.Refusal;
import org.openspacemakers.marketplace.refusal.RefusalCode;

class CeSectionTest {

    private static final String DOC = "a".repeat(64);
    private static final LocalDate TODAY = LocalDate.parse("2026-12-01");
    private static final DossierContent.Standard EN_55032 = new DossierContent.Standard("EN 55032", "2015", true, "", null);
    private static final String BOM_HASH = "f".repeat(64);
    private static final RevisionSubject COVERED = new RevisionSubject(RevisionRef.of(UUID.randomUUID()), "Board", "1.0",
            BOM_HASH, "", List.of());

    @Test
    void aRadioNeedsTheRedAndItsAssessmentWithCybersecurityWhenConnected() {
        CeSection ce = new CeSection();
        ce.replace(ce(Set.of(Act.EMC), true, true, List.of(EN_55032), DOC, "DOC-1"));
        assertThat(ce.gaps(COVERED)).containsExactly(
                Refusal.of(RefusalCode.CE_INFO_INCOMPLETE, "radio on board: the RED applies"),
                Refusal.of(RefusalCode.RADIO_EVIDENCE_MISSING, "RED assessment, with art. 3(3)(d/e/f) cybersecurity"));
        ce.replace(ce(Set.of(Act.EMC, Act.RED), true, false, List.of(EN_55032), DOC, "DOC-1"));
        assertThat(ce.gaps(COVERED)).containsExactly(Refusal.of(RefusalCode.RADIO_EVIDENCE_MISSING, "RED assessment"));
    }

    @Test
    void aDeclarationNeedsItsFileAndItsNumberAndEachStandardItsNumberAndEdition() {
        CeSection ce = new CeSection();
        ce.replace(ce(Set.of(Act.EMC), false, false,
                List.of(EN_55032, new DossierContent.Standard("EN 61326-1", "", true, "", null)), DOC, ""));
        assertThat(ce.gaps(COVERED)).containsExactly(
                Refusal.of(RefusalCode.CE_INFO_INCOMPLETE, "standard without number or edition"),
                Refusal.of(RefusalCode.DOC_MISSING, "declaration number"));
    }

    @Test
    void aDeclarationNamesTheRevisionCoveredAndIsSignedSomewhereOnSomeDayBySomeone() {
        CeSection ce = new CeSection();
        ce.replace(ce(Set.of(Act.EMC), false, false, List.of(EN_55032), DOC, "DOC-1")
                .with(new DossierContent.Declaration("DOC-1", "0.9", "E".repeat(64), "", "", "", null, DOC)));
        assertThat(ce.gaps(COVERED)).containsExactly(
                Refusal.of(RefusalCode.DOC_MISSING, "declaration names revision 0.9, not 1.0"),
                Refusal.of(RefusalCode.DOC_MISSING, "declaration names BOM eeeeeeeeeeee…, not ffffffffffff…"),
                Refusal.of(RefusalCode.DOC_MISSING, "declaration signatory"),
                Refusal.of(RefusalCode.DOC_MISSING, "signatory's function"),
                Refusal.of(RefusalCode.DOC_MISSING, "place of signature"),
                Refusal.of(RefusalCode.DOC_MISSING, "date of signature"));
        assertThat(ce.content().declaration().bomHash()).as("kept in lower case, as hashes are written").isEqualTo("e".repeat(64));

        ce.replace(ce(Set.of(Act.EMC), false, false, List.of(EN_55032), DOC, "DOC-1")
                .with(new DossierContent.Declaration("DOC-1", "", "", "A. Signer", "CEO", "Toulouse", TODAY, DOC)));
        assertThat(ce.gaps(COVERED)).containsExactly(
                Refusal.of(RefusalCode.DOC_MISSING, "declaration's hardware revision"),
                Refusal.of(RefusalCode.DOC_MISSING, "declaration's BOM hash"));
    }

    @Test
    void aDeclarationsParticularsTooLongAreRefusedNamingTheirField() {
        DossierContent.Declaration longPlace = new DossierContent.Declaration("DOC-1", "1.0", BOM_HASH, "A. Signer", "CEO",
                "T".repeat(201), TODAY, DOC);
        assertThatThrownBy(() -> new CeSection().replace(ce(Set.of(Act.EMC), false, false, List.of(EN_55032), DOC, "DOC-1")
                .with(longPlace)))
                .isInstanceOf(DossierRejected.class)
                .extracting(e -> ((DossierRejected) e).field()).isEqualTo("ce.docPlace");
    }

    @Test
    void aStandardIsWithdrawnFromItsDayOnAndCountsUntilTheDayBefore() {
        CeSection ce = new CeSection();
        ce.replace(ce(Set.of(Act.EMC), false, false,
                List.of(new DossierContent.Standard("EN 55032", "2015", true, "", TODAY)), DOC, "DOC-1"));
        assertThat(ce.withdrawn(TODAY.minusDays(1))).isEmpty();
        assertThat(ce.withdrawn(TODAY)).containsExactly(
                new Refusal(RefusalCode.EVIDENCE_EXPIRED, "EN 55032 withdrawn on 2026-12-01"));
        assertThat(ce.lastValidDays()).containsExactly(TODAY.minusDays(1));
    }

    @Test
    void aStandardTooLongIsRefusedByItsPlaceInTheList() {
        DossierContent.Standard tooLong = new DossierContent.Standard("EN " + "9".repeat(100), "2015", true, "", null);
        assertThatThrownBy(() -> new CeSection().replace(ce(Set.of(Act.EMC), false, false, List.of(EN_55032, tooLong),
                DOC, "DOC-1")))
                .isInstanceOf(DossierRejected.class)
                .extracting(e -> ((DossierRejected) e).field()).isEqualTo("ce.standards[1].number");
    }

    @Test
    void aFileNamedMustHaveBeenUploaded() {
        DossierContent.Ce naming = ce(Set.of(Act.EMC), true, false, List.of(), DOC, "DOC-1");
        CeSection.check(naming, DOC::equals);
        DossierContent.Ce radio = new DossierContent.Ce(Set.of(Act.RED), "", null, "", false, true, false, null, null, "",
                new DossierContent.Declaration("", "", "", "", "", "", null, DOC), "b".repeat(64));
        assertThatThrownBy(() -> CeSection.check(radio, DOC::equals)).isInstanceOf(DossierRejected.class)
                .extracting(e -> ((DossierRejected) e).field()).isEqualTo("ce.radioEvidenceFile");
    }

    /** The section as stated, its declaration naming {@link #COVERED}, signed. */
    private static DossierContent.Ce ce(Set<Act> acts, boolean radio, boolean internet,
            List<DossierContent.Standard> standards, String docFile, String docNumber) {
        return new DossierContent.Ce(acts, "below LVD limits", null, "5 V DC", false, radio, internet, EmcClass.B,
                standards, "TF-1", new DossierContent.Declaration(docNumber, "1.0", BOM_HASH, "A. Signer",
                        "Compliance officer", "Toulouse", TODAY, docFile), null);
    }
}
