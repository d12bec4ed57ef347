package org.openspacemakers.marketplace.catalog;

import org.openspacemakers.marketplace.refusal.Conflict;

/** A submitted revision is immutable: a change means a new revision. */
public class RevisionFrozen extends Conflict {

    public RevisionFrozen(String label) {
        super(INVALID_STATE, "conflict.revisionFrozen", label);
    }
}
