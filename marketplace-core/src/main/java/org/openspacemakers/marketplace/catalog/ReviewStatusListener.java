package org.openspacemakers.marketplace.catalog;

import org.openspacemakers.marketplace.compliance.RegisterChanged;
import org.openspacemakers.marketplace.compliance.ReviewStatus;
import org.openspacemakers.marketplace.compliance.ReviewStatusChanged;
import org.openspacemakers.marketplace.compliance.RevisionRef;
import org.openspacemakers.marketplace.compliance.Reviews;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Follows compliance, inside its transaction: keeps the catalogue's copy of each revision's review
 * status and the storefront's read side in step, and lets the newest approved revision supersede
 * the older ones for new orders, in the revisions' sequence whatever the order of approvals.
 */
@Component
class ReviewStatusListener {

    private final RevisionRepository revisions;
    private final StorefrontIndex index;
    private final Reviews reviews;
    private final PageVersions versions;

    ReviewStatusListener(RevisionRepository revisions, StorefrontIndex index, Reviews reviews, PageVersions versions) {
        this.versions = versions;
        this.revisions = revisions;
        this.index = index;
        this.reviews = reviews;
    }

    @EventListener
    void on(ReviewStatusChanged event) {
        revisions.findById(event.revision().id()).ifPresent(revision -> {
            revision.reviewMovedTo(event.status());
            if (event.status() == ReviewStatus.APPROVED) {
                revisions.findByBoardIdOrderBySequenceDesc(revision.boardId()).stream()
                        .filter(older -> older.reviewStatus() == ReviewStatus.APPROVED && older.sequence() < revision.sequence())
                        .forEach(older -> reviews.supersede(RevisionRef.of(older.id()), event.revision()));
            }
            index.refresh(revision.boardId());
        });
    }

    /**
     * Supersession follows the revisions' sequence, whatever the order of the approvals: a revision
     * approved while a newer one of its board is approved is superseded by it at once. Just before
     * the approval commits, as the approval's own events are still being published when
     * {@link #on(ReviewStatusChanged)} runs (its review may take no other event then).
     */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void supersedeIfOlder(ReviewStatusChanged event) {
        if (event.status() != ReviewStatus.APPROVED) {
            return;
        }
        revisions.findById(event.revision().id()).ifPresent(revision -> revisions
                .findByBoardIdOrderBySequenceDesc(revision.boardId()).stream()
                .filter(newer -> newer.reviewStatus() == ReviewStatus.APPROVED && newer.sequence() > revision.sequence())
                .findFirst()
                .ifPresent(newer -> reviews.supersede(event.revision(), RevisionRef.of(newer.id()))));
    }

    /** A registration changed somewhere: where approved boards may sell may have changed, and every page shows the French IDU. */
    @EventListener
    void on(RegisterChanged event) {
        index.boardsWithApprovals().forEach(index::refresh);
        versions.everyPageChanged();
    }
}
