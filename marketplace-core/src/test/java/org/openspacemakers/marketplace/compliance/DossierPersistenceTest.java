package org.openspacemakers.marketplace.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openspacemakers.marketplace.catalog.Listings;
import org.openspacemakers.marketplace.catalog.Revision;
import org.openspacemakers.marketplace.coretest.CoreTest;
import org.openspacemakers.marketplace.fixtures.Fixtures;
import org.openspacemakers.marketplace.refusal.Refusal;
import org.openspacemakers.marketplace.refusal.RefusalCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A dossier's sections (embeddables) and their collections, as stored and read back by
 * Hibernate on the real database, each service call in a transaction of its own: what the API
 * tests see only through JSON, here compared whole.
 */
@CoreTest
class DossierPersistenceTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    Dossiers dossiers;
    @Autowired
    Listings listings;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everySectionAndCollectionSurvivesASaveAndAReload() {
        Fixtures.Listing draft = fixtures.draftListing();
        RevisionRef revision = RevisionRef.of(draft.revision().id());
        DossierContent filled = dossiers.dossier(revision).content();
        DossierContent changed = everythingChanged(filled);
        assertThat(changed).isNotEqualTo(filled);

        dossiers.save(revision, draft.maker().id(), changed);

        DossierView reloaded = dossiers.dossier(revision);
        assertThat(reloaded.content()).isEqualTo(changed);
        assertThat(reloaded.files()).extracting(EvidenceFile::sha256).containsExactlyInAnyOrder(
                changed.ce().declaration().file(), changed.rohs().solderFile(), changed.rohs().parts().get(0).file());
    }

    @Test
    void anExemptionStatedBeforeTheTableIsCopiedToTheNextRevisionAsAGapForItsTeam() {
        Fixtures.Listing draft = fixtures.draftListing();
        jdbc.update("UPDATE dossier_part_evidence SET exemption = '7(c)-X' WHERE position = 0 AND dossier_id = "
                + "(SELECT id FROM dossiers WHERE revision_id = ?)", draft.revision().id().toString());

        Revision next = listings.addRevision(draft.maker().id(), draft.board().slug(), "1.1");

        DossierView copy = dossiers.dossier(RevisionRef.of(next.id()));
        assertThat(copy.content().rohs().parts().get(0).exemption()).isEqualTo("7(c)-X");
        assertThat(copy.gaps()).contains(Refusal.of(RefusalCode.ROHS_EVIDENCE_MISSING,
                "R1 R2: exemption 7(c)-X is not an exemption of RoHS Annex III or IV"));
    }

    @Test
    void theSubjectFrozenOnSubmissionReadsBackAsItWas() {
        Fixtures.Listing draft = fixtures.draftListing();
        RevisionRef revision = RevisionRef.of(draft.revision().id());
        DossierView before = dossiers.dossier(revision);
        assertThat(before.frozen()).isFalse();

        listings.submitForReview(draft.revision().id(), draft.maker().id());

        DossierView frozen = dossiers.dossier(revision);
        assertThat(frozen.frozen()).isTrue();
        assertThat(frozen.frozenAt()).isPresent();
        assertThat(frozen.subject()).isEqualTo(before.subject());
        assertThat(frozen.subject().placed()).hasSize(2);
        assertThat(frozen.content()).isEqualTo(before.content());
    }

    /** The dossier with a different value in every section and a different number of entries in each collection. */
    private static DossierContent everythingChanged(DossierContent filled) {
        DossierContent.Ce ce = filled.ce();
        List<DossierContent.Standard> standards = List.of(
                new DossierContent.Standard("EN IEC 61326-1", "2021", true, "clauses 6 and 7", null),
                new DossierContent.Standard("EN 55032", "2015+A11:2020", true, "class A emission", LocalDate.of(2027, 6, 30)),
                new DossierContent.Standard("EN 62368-1", "2020+A11:2020", false, "clause 5", null));
        DossierContent.Rohs rohs = filled.rohs();
        List<DossierContent.PartEvidence> parts = new ArrayList<>();
        for (DossierContent.PartEvidence part : rohs.parts()) {
            boolean first = parts.isEmpty();
            parts.add(new DossierContent.PartEvidence(part.line(), part.manufacturer(), part.mpn(),
                    first ? DossierContent.EvidenceType.TEST_REPORT : DossierContent.EvidenceType.MATERIAL_DECLARATION,
                    part.file(), LocalDate.of(2024, 11, 5), first ? "" : "RoHS 3", LocalDate.of(2024, 11, 6),
                    first ? "7(c)-I" : ""));
        }
        return new DossierContent(
                new DossierContent.Ce(EnumSet.of(DossierContent.Act.EMC, DossierContent.Act.LVD, DossierContent.Act.ROHS),
                        "Mains-powered: the LVD applies as well.", DossierContent.IntendedUse.PROFESSIONAL_RND_ONLY,
                        "230 V AC", true, false, true, DossierContent.EmcClass.A, standards, "TF-changed",
                        new DossierContent.Declaration("DOC-changed", "1.0-changed", "0".repeat(64), "Other Signatory",
                                "Chair", "Lyon", LocalDate.of(2024, 12, 24), ce.declaration().file()),
                        null),
                new DossierContent.Rohs(11, parts, "Leaded solder, exempt", rohs.solderFile(), "HASL"),
                DossierContent.Weee.typed(false, "Category 6 (small IT equipment)", "Returned to the workshop."),
                new DossierContent.Gpsr("Other Makers", "2 rue des Essais, 69000 Lyon, France", "other@test.example",
                        "Changed identification", Map.of("fr", "Débranchez avant de manipuler.", "de",
                                "Vor dem Anfassen vom Netz trennen.", "it", "Scollegare prima di maneggiare.")),
                new DossierContent.Battery(true, "CR2032 lithium coin cell", true),
                new DossierContent.Svhc(true, "Lead in the glass of the resistors, above 0.1 % by weight."));
    }
}
