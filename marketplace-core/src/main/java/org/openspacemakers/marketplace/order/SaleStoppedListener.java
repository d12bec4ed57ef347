package org.openspacemakers.marketplace.order;

import org.openspacemakers.marketplace.compliance.ReviewStatus;
import org.openspacemakers.marketplace.compliance.ReviewScopeNarrowed;
import org.openspacemakers.marketplace.compliance.ReviewStatusChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A revision suspended or revoked stops its sales at once: inside the decision's transaction,
 * every open order with a line of it goes ON_HOLD, with the decision as its reason. A country removed
 * from its approval does the same to the open orders going there.
 */
@Component
class SaleStoppedListener {

    private final Orders orders;

    SaleStoppedListener(Orders orders) {
        this.orders = orders;
    }

    // First of the decision's listeners: the revision's lock is taken before anything else of the decision touches it.
    @org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
    @EventListener
    void on(ReviewStatusChanged event) {
        if (event.status() == ReviewStatus.SUSPENDED || event.status() == ReviewStatus.REVOKED) {
            orders.holdOpenOrdersOf(event.revision().id(), event.status() == ReviewStatus.REVOKED
                    ? "APPROVAL_REVOKED" : "APPROVAL_SUSPENDED");
        }
    }

    @org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
    @EventListener
    void on(ReviewScopeNarrowed event) {
        orders.holdOpenOrdersOf(event.revision().id(), "APPROVAL_WITHDRAWN_FOR_COUNTRY", event.countries());
    }
}
