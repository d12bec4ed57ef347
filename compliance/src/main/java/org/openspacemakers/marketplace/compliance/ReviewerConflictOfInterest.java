package org.openspacemakers.marketplace.compliance;

/** A reviewer tried to decide on a revision made by their own team (four eyes). */
public class ReviewerConflictOfInterest extends RuntimeException {

    public ReviewerConflictOfInterest(RevisionRef revision) {
        super("a reviewer may not decide on a revision of their own team: " + revision);
    }
}
