package org.openspacemakers.marketplace.compliance.dossier;

import static org.openspacemakers.marketplace.compliance.dossier.Fields.clip;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openspacemakers.marketplace.compliance.DossierContent;
import org.openspacemakers.marketplace.compliance.RevisionRef;
import org.openspacemakers.marketplace.compliance.RevisionSubject;
import org.openspacemakers.marketplace.compliance.SuppliedPart;

/** The revision a dossier covers as it was handed in (board, label, BOM hash, firmware, BOM lines), and when. */
@Embeddable
class FrozenSubject {

    @Column(name = "board_name", nullable = false, length = 200)
    private String boardName = "";

    @Column(name = "revision_label", nullable = false, length = 40)
    private String revisionLabel = "";

    @Column(name = "bom_hash", nullable = false, length = 64)
    private String bomHash = "";

    @Column(name = "firmware_version", nullable = false, length = 40)
    private String firmwareVersion = "";

    @Column(name = "frozen_at")
    private Instant frozenAt;

    @ElementCollection
    @CollectionTable(name = "dossier_bom_lines", joinColumns = @JoinColumn(name = "dossier_id"))
    @OrderColumn(name = "position")
    private List<FrozenBomLine> bom = new ArrayList<>();

    /** Records the revision as handed in; its texts are the catalogue's, so cut to fit rather than refused. */
    void freeze(RevisionSubject subject, Instant at) {
        boardName = clip(subject.board(), 200);
        revisionLabel = clip(subject.label(), 40);
        bomHash = clip(subject.bomHash(), 64);
        firmwareVersion = clip(subject.firmwareVersion(), 40);
        bom.clear();
        subject.bom().forEach(line -> bom.add(new FrozenBomLine(line)));
        frozenAt = at;
    }

    Optional<Instant> frozenAt() {
        return Optional.ofNullable(frozenAt);
    }

    /** The subject as frozen (empty fields before). */
    RevisionSubject view(RevisionRef revision) {
        return new RevisionSubject(revision, boardName, revisionLabel, bomHash, firmwareVersion,
                bom.stream().map(FrozenBomLine::view).toList());
    }

    /**
     * The declared parts that do not fit the frozen BOM: a reference no placed line has, or an MPN
     * (compared without case) that is neither the line's, one of its alternates, nor one its RoHS
     * evidence documents (a line the BOM gives no MPN is documented under the MPN the team states).
     *
     * @param evidenceByLine the RoHS evidence by normalised references ({@link RohsSection#evidenceByLine()})
     */
    List<String> mismatches(List<SuppliedPart> supplied, Map<String, List<DossierContent.PartEvidence>> evidenceByLine) {
        List<String> mismatches = new ArrayList<>();
        for (SuppliedPart part : supplied) {
            Optional<RevisionSubject.BomLine> line = bom.stream()
                    .filter(l -> !l.doNotPlace() && l.referenceList().contains(part.reference()))
                    .findFirst().map(FrozenBomLine::view);
            if (line.isEmpty()) {
                mismatches.add(part.reference() + " is not in the approved BOM");
                continue;
            }
            boolean documented = evidenceByLine.getOrDefault(line.get().key(), List.of()).stream()
                    .anyMatch(e -> !e.mpn().isBlank() && RevisionSubject.BomLine.samePart(e.mpn(), part.mpn()));
            if (!line.get().accepts(part.mpn()) && !documented) {
                mismatches.add(part.reference() + ": " + part.mpn());
            }
        }
        return mismatches;
    }
}
