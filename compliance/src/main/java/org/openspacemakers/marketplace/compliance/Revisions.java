package org.openspacemakers.marketplace.compliance;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What compliance needs to know of the revisions it reviews, without knowing boards, teams or
 * offers: the catalogue implements this port.
 */
public interface Revisions {

    /** Whether there is such a revision. */
    boolean exists(RevisionRef revision);

    /** The revision as it stands now (board, label, BOM hash, firmware, BOM lines); empty when there is no such revision. */
    Optional<RevisionSubject> current(RevisionRef revision);

    /**
     * {@link #current(RevisionRef)} of several revisions at once, by revision; those that do not
     * exist left out. An implementation reads them in a constant number of statements.
     */
    default java.util.Map<RevisionRef, RevisionSubject> current(java.util.Collection<RevisionRef> revisions) {
        java.util.Map<RevisionRef, RevisionSubject> found = new java.util.HashMap<>();
        revisions.forEach(revision -> current(revision).ifPresent(subject -> found.put(revision, subject)));
        return found;
    }

    /** Whether this person belongs to the team that made the revision (the four-eyes rule). */
    boolean madeBy(UUID person, RevisionRef revision);

    /**
     * Whether buyers see a picture of the product on its listing: GPSR art. 19 counts a picture
     * in the product's identification, so none refuses an approval.
     */
    boolean pictured(RevisionRef revision);

    /** The offer kinds the revision is offered as now: what an approval covers when the reviewer names none. */
    Set<OfferKind> offeredAs(RevisionRef revision);
}
