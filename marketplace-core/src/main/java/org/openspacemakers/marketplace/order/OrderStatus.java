package org.openspacemakers.marketplace.order;

/** Where an order stands. Later issues add payment, fulfilment and refunds. */
public enum OrderStatus {
    /** Placed and accepted by the compliance gate; waiting for the buyer's payment. */
    AWAITING_PAYMENT
}
