package org.openspacemakers.marketplace.compliance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.openspacemakers.marketplace.refusal.Refusal;

/**
 * A revision's dossier as its team, the reviewer and the API read it.
 *
 * @param subject        the revision covered: as frozen on submission, else as it stands now
 * @param started        whether its team has stored anything in it yet
 * @param frozen         whether it was handed in (and so cannot change unless changes are requested)
 * @param frozenAt       when it was last handed in
 * @param editable       whether its team may change it now
 * @param checklist      the checklist items that apply to it
 * @param earliestExpiry the earliest expiry of an exemption or a standard in it
 * @param gaps           what an approval would still lack today, item by item
 */
public record DossierView(RevisionSubject subject, boolean started, boolean frozen, Optional<Instant> frozenAt,
        boolean editable, Instant updatedAt, DossierContent content, List<EvidenceFile> files,
        List<ChecklistItem> checklist, Optional<LocalDate> earliestExpiry, List<Refusal> gaps) {

    /** One BOM line covered, with the RoHS evidence stated for it ({@code null} when there is none). */
    public record RohsRow(RevisionSubject.BomLine line, DossierContent.PartEvidence evidence) {
    }

    /** Every BOM line covered, with the RoHS evidence stated for it, matched by references as the approval matches them. */
    public List<RohsRow> rohsRows() {
        Map<String, DossierContent.PartEvidence> byLine = new HashMap<>();
        content.rohs().parts().forEach(part -> byLine.put(RevisionSubject.BomLine.key(part.line()), part));
        return subject.bom().stream().map(line -> new RohsRow(line, byLine.get(line.key()))).toList();
    }

    /** Evidence stated for references that are not a line of the BOM covered. */
    public List<DossierContent.PartEvidence> unmatchedEvidence() {
        Set<String> lines = subject.bom().stream().map(RevisionSubject.BomLine::key).collect(Collectors.toSet());
        return content.rohs().parts().stream().filter(part -> !lines.contains(RevisionSubject.BomLine.key(part.line())))
                .toList();
    }
}
