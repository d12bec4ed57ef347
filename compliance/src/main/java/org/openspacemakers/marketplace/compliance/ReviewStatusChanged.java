package org.openspacemakers.marketplace.compliance;

/** Published inside the transaction whenever a revision's review moves to a new status. */
public record ReviewStatusChanged(RevisionRef revision, ReviewStatus status) {
}
