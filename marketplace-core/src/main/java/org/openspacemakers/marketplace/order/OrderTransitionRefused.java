package org.openspacemakers.marketplace.order;

import org.openspacemakers.marketplace.refusal.Conflict;

/** A move the order's current status does not allow (code {@code INVALID_STATE}), with what was attempted. */
public class OrderTransitionRefused extends Conflict {

    public OrderTransitionRefused(OrderStatus current, String attempted) {
        super(INVALID_STATE, "conflict.order." + attempted, current);
    }
}
