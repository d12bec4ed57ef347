package org.openspacemakers.marketplace.order;

import org.openspacemakers.marketplace.compliance.ReviewStatus;
import org.openspacemakers.marketplace.compliance.ReviewStatusChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A revocation opens the revision's recall inside the decision's transaction: both commit, or neither. */
@Component
class RecallListener {

    private final Recalls recalls;

    RecallListener(Recalls recalls) {
        this.recalls = recalls;
    }

    @EventListener
    void on(ReviewStatusChanged event) {
        if (event.status() == ReviewStatus.REVOKED) {
            recalls.open(event.revision().id());
        }
    }
}
