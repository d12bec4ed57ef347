package org.openspacemakers.marketplace.order;

/** Where an order stands. Later issues add payment, fulfilment and refunds. */
public enum OrderStatus {
    /** Placed and accepted by the compliance gate; waiting for the buyer's payment. */
    AWAITING_PAYMENT,
    /**
     * Placed by a professional buyer while VIES could not confirm their VAT number: its boards are
     * reserved, and it goes on to {@link #AWAITING_PAYMENT} once VIES confirms the number, or is
     * {@link #CANCELLED} if VIES says it is not valid.
     */
    AWAITING_VERIFICATION,
    /** Will not be fulfilled: its reserved boards went back to the team's queue. */
    CANCELLED
}
