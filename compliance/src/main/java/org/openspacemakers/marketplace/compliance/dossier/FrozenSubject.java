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
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
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
     * (compared without case) that is neither the line's, one of its alternates, nor the one its
     * RoHS evidence documents.
     *
     * @param evidenceByLine the RoHS evidence by normalised references ({@link RohsSection#evidenceByLine()})
     */
    List<String> mismatches(List<SuppliedPart> supplied, Map<String, DossierContent.PartEvidence> evidenceByLine) {
        List<String> mismatches = new ArrayList<>();
        for (SuppliedPart part : supplied) {
            Optional<FrozenBomLine> line = bom.stream()
                    .filter(l -> !l.doNotPlace() && l.referenceList().contains(part.reference()))
                    .findFirst();
            if (line.isEmpty()) {
                mismatches.add(part.reference() + " is not in the approved BOM");
                continue;
            }
            Set<String> accepted = new HashSet<>();
            accepted.add(line.get().mpn());
            accepted.addAll(line.get().alternates());
            DossierContent.PartEvidence documented = evidenceByLine.get(line.get().view().key());
            if (documented != null) {
                accepted.add(documented.mpn());
            }
            Set<String> acceptedKeys = accepted.stream().filter(mpn -> !mpn.isBlank()).map(FrozenSubject::mpnKey)
                    .collect(Collectors.toSet());
            if (!acceptedKeys.contains(mpnKey(part.mpn()))) {
                mismatches.add(part.reference() + ": " + part.mpn());
            }
        }
        return mismatches;
    }

    private static String mpnKey(String mpn) {
        return mpn.strip().toUpperCase(Locale.ROOT);
    }
}
