package org.openspacemakers.marketplace.compliance;

/** Where a revision stands in its compliance review (COMPLIANCE-DOMAIN.md, "Review workflow"). */
public enum ReviewStatus {
    /** Being prepared by its team; not yet handed to a reviewer. */
    DRAFT,
    /** Handed in by its team, waiting in the reviewers' queue. */
    SUBMITTED,
    /** A reviewer has taken it and is checking the dossier. */
    IN_REVIEW,
    /** The reviewer asked the team for changes; the team hands it in again. */
    CHANGES_REQUESTED,
    /** Approved for sale within the scope of its approval. */
    APPROVED,
    /** Refused for good; a new revision is needed. */
    REJECTED,
    /** An approval put on hold (evidence expired or lapsed); a review can take it up again. */
    SUSPENDED,
    /** A newer revision of the same board was approved: no new orders; units sold stay covered. */
    SUPERSEDED,
    /** Withdrawn for good (safety issue, recall, false evidence). */
    REVOKED;

    /** Whether no further decision can change it. */
    public boolean isFinal() {
        return this == REJECTED || this == REVOKED || this == SUPERSEDED;
    }
}
