package org.openspacemakers.marketplace.compliance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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

    /**
     * The RoHS evidence each BOM line covered needs, line by line (its own part, then each accepted
     * alternate), with what is stated for it: matched as the approval matches it ({@link RohsRow#of}).
     */
    public List<RohsRow> rohsRows() {
        Map<String, List<DossierContent.PartEvidence>> byLine = evidenceByLine();
        return subject.bom().stream()
                .flatMap(line -> RohsRow.of(line, byLine.getOrDefault(line.key(), List.of())).rows().stream())
                .toList();
    }

    /**
     * Evidence stated for references that are not a line of the BOM covered, and evidence for a line
     * that names none of its parts and found no row.
     */
    public List<DossierContent.PartEvidence> unmatchedEvidence() {
        Map<String, List<DossierContent.PartEvidence>> byLine = evidenceByLine();
        Set<String> lines = subject.bom().stream().map(RevisionSubject.BomLine::key).collect(Collectors.toSet());
        List<DossierContent.PartEvidence> unmatched = new ArrayList<>();
        byLine.forEach((line, evidence) -> {
            if (!lines.contains(line)) {
                unmatched.addAll(evidence);
            }
        });
        subject.bom().forEach(line -> unmatched.addAll(RohsRow.of(line, byLine.getOrDefault(line.key(), List.of())).strays()));
        return unmatched;
    }

    /**
     * How long the exemption a piece of evidence claims holds for the dossier's RoHS category, as the
     * table gives it; empty when it claims none, when the category is not stated, or when the table
     * does not have it for that category (a gap the dossier names).
     */
    public Optional<RohsExemptions.Validity> exemptionValidity(DossierContent.PartEvidence evidence) {
        Integer category = content.rohs().category();
        return category == null ? Optional.empty()
                : RohsExemptions.find(evidence.exemption()).flatMap(exemption -> exemption.validity(category));
    }

    private Map<String, List<DossierContent.PartEvidence>> evidenceByLine() {
        return content.rohs().parts().stream().collect(Collectors.groupingBy(
                part -> RevisionSubject.BomLine.key(part.line()), LinkedHashMap::new, Collectors.toList()));
    }
}
