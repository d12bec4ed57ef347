package org.openspacemakers.marketplace.catalog;

import org.openspacemakers.marketplace.compliance.ReviewStatusChanged;
import org.openspacemakers.marketplace.compliance.RegisterChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Keeps the catalogue's copy of review statuses and its storefront in step, inside compliance's transaction. */
@Component
class ReviewStatusListener {

    private final Catalog catalog;

    ReviewStatusListener(Catalog catalog) {
        this.catalog = catalog;
    }

    @EventListener
    void on(ReviewStatusChanged event) {
        catalog.reviewMoved(event.revision(), event.status());
    }

    @EventListener
    void on(RegisterChanged event) {
        catalog.registerChanged();
    }
}
