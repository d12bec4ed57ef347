package org.openspacemakers.marketplace.compliance;

import org.openspacemakers.marketplace.refusal.NotFound;

/** Only the team that made a revision may edit its dossier; others are told it does not exist. */
public class NotRevisionAuthor extends NotFound {

    public NotRevisionAuthor(RevisionRef revision) {
        super("not on the team of revision " + revision);
    }
}
