package org.openspacemakers.marketplace.compliance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A revision's dossier as the team, the reviewer and the product page read it.
 *
 * @param subject        the revision covered, as frozen on submission (empty fields before)
 * @param frozen         whether it was submitted (and so can no longer change unless changes are requested)
 * @param frozenAt       when it was last handed in
 * @param editable       whether its team may change it now
 * @param checklist      the checklist items that apply to it
 * @param earliestExpiry the earliest expiry of an exemption or a standard in it
 */
public record DossierView(RevisionSubject subject, boolean frozen, Optional<Instant> frozenAt, boolean editable,
        Instant updatedAt,
        DossierContent content, List<EvidenceFile> files, List<ChecklistItem> checklist,
        Optional<LocalDate> earliestExpiry) {
}
