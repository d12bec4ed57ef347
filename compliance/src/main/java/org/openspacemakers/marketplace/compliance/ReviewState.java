package org.openspacemakers.marketplace.compliance;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A read-only view of a revision's review: its status, the approved scope and the decision log. */
public record ReviewState(RevisionRef revision, ReviewStatus status, Instant submittedAt,
        Optional<ApprovalScope> scope, List<Decision> decisions, Optional<java.time.LocalDate> nextExpiry) {

    /** One entry of the append-only decision log, with the reviewer's comments per dossier item. */
    public record Decision(String kind, UUID actor, Instant at, String reason, List<Comment> comments,
            java.util.Set<ChecklistItem> checklist, java.util.Map<String, String> evidence) {
    }

    /** A reviewer's comment on one dossier item. */
    public record Comment(String item, String comment) {
    }
}
