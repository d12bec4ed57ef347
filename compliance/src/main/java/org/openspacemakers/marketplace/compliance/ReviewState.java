package org.openspacemakers.marketplace.compliance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** A read-only view of a revision's review: its status, the approved scope and the decision log. */
public record ReviewState(RevisionRef revision, ReviewStatus status, Instant submittedAt,
        Optional<ApprovalScope> scope, List<Decision> decisions, Optional<LocalDate> nextExpiry) {

    /** One entry of the append-only decision log, with the reviewer's comments per dossier item. */
    public record Decision(String kind, UUID actor, Instant at, String reason, List<Comment> comments,
            Set<ChecklistItem> checklist, Map<String, String> evidence) {
    }

    /** A reviewer's comment on one dossier item. */
    public record Comment(String item, String comment) {
    }

    /** When the revision was last handed in (again): what its waiting time counts from. */
    public Instant lastSubmittedAt() {
        return latest("SUBMITTED").map(Decision::at).orElse(submittedAt);
    }

    /** The reviewer's latest request for changes, if any. */
    public Optional<Decision> latestChangesRequest() {
        return latest(ReviewStatus.CHANGES_REQUESTED.name());
    }

    private Optional<Decision> latest(String kind) {
        return decisions.stream().filter(d -> d.kind().equals(kind)).reduce((first, second) -> second);
    }
}
