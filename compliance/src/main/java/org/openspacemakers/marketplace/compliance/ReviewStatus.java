package org.openspacemakers.marketplace.compliance;

/** Where a revision stands in its compliance review. */
public enum ReviewStatus {
    /** Being prepared by its team; not yet handed to a reviewer. */
    DRAFT,
    /** Handed in by its team, waiting in the reviewers' queue. */
    SUBMITTED,
    /** A reviewer has taken it and is checking the dossier. */
    IN_REVIEW,
    /** Approved for sale within the scope of its approval. */
    APPROVED
}
