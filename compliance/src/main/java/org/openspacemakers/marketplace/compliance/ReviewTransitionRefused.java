package org.openspacemakers.marketplace.compliance;

import org.openspacemakers.marketplace.refusal.Conflict;

/** A review decision that the review's current status does not allow (code {@code INVALID_STATE}). */
public class ReviewTransitionRefused extends Conflict {

    private final ReviewStatus current;

    public ReviewTransitionRefused(ReviewStatus current, String attempted) {
        super(INVALID_STATE, "conflict.review", current);
        this.current = current;
    }

    public ReviewStatus current() {
        return current;
    }
}
