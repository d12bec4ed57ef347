package org.openspacemakers.marketplace.compliance;

import org.openspacemakers.marketplace.refusal.Forbidden;

/** A reviewer tried to decide on a revision made by their own team (four eyes). */
public class ReviewerConflictOfInterest extends Forbidden {

    public ReviewerConflictOfInterest(RevisionRef revision) {
        super("own-team-review", "forbidden.ownTeamReview");
    }
}
