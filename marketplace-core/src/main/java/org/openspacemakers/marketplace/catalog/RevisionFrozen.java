package org.openspacemakers.marketplace.catalog;

/** A submitted revision is immutable: a change means a new revision. */
public class RevisionFrozen extends RuntimeException {

    public RevisionFrozen(String label) {
        super("revision " + label + " was submitted for review and can no longer change: create a new revision");
    }
}
