package org.openspacemakers.marketplace.compliance;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A read-only view of a revision's review: its status, the approved scope and the decision log. */
public record ReviewState(RevisionRef revision, ReviewStatus status, Instant submittedAt,
        Optional<ApprovalScope> scope, List<Decision> decisions) {

    /** One entry of the append-only decision log. */
    public record Decision(String kind, UUID actor, Instant at, String reason) {
    }
}
