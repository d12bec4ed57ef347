package org.openspacemakers.marketplace.compliance.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openspacemakers.marketplace.compliance.DossierContent;
import org.openspacemakers.marketplace.compliance.RevisionRef;
import org.openspacemakers.marketplace.compliance.RevisionSubject;
import org.openspacemakers.marketplace.compliance.SuppliedPart;

class FrozenSubjectTest {

    private static final RevisionRef REVISION = RevisionRef.of(UUID.randomUUID());
    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void theCataloguesTextsAreCutToTheirColumnsRatherThanRefused() {
        FrozenSubject subject = new FrozenSubject();
        assertThat(subject.frozenAt()).isEmpty();
        subject.freeze(new RevisionSubject(REVISION, "B".repeat(250), "1.0", "f".repeat(64), "", List.of()), NOW);
        assertThat(subject.view(REVISION).board()).hasSize(200);
        assertThat(subject.frozenAt()).contains(NOW);
    }

    @Test
    void aSuppliedPartMayBeAnAlternateOrTheMpnTheRohsEvidenceOfALineWithoutOneDocumentsButNotGoWhereNothingIsPlaced() {
        FrozenSubject subject = new FrozenSubject();
        subject.freeze(new RevisionSubject(REVISION, "Board", "1.0", "", "", List.of(
                new RevisionSubject.BomLine("C1 C2", "", "", List.of("GRM188"), false),
                new RevisionSubject.BomLine("J9", "", "", List.of(), true))), NOW);
        Map<String, List<DossierContent.PartEvidence>> evidence = Map.of("C1 C2", List.of(new DossierContent.PartEvidence(
                "C1,C2", "Samsung", "CL10A106", null, null, null, "", null, "")));
        assertThat(subject.mismatches(List.of(new SuppliedPart("C2", "cl10a106"), new SuppliedPart("C1", "GRM188"),
                new SuppliedPart("J9", "ANY"), new SuppliedPart("C1", "OTHER")), evidence))
                .containsExactly("J9 is not in the approved BOM", "C1: OTHER");
    }
}
