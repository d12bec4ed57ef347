package org.openspacemakers.marketplace.compliance;

/** A review decision that the review's current status does not allow (code {@code INVALID_STATE}). */
public class ReviewTransitionRefused extends RuntimeException {

    private final ReviewStatus current;

    public ReviewTransitionRefused(ReviewStatus current, String attempted) {
        super("cannot " + attempted + " a review that is " + current);
        this.current = current;
    }

    public ReviewStatus current() {
        return current;
    }
}
