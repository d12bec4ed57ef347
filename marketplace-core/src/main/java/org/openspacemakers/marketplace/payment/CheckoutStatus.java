package org.openspacemakers.marketplace.payment;

/** Where a Stripe Checkout Session stands, as its webhook events told. */
public enum CheckoutStatus {
    /** Opened for the buyer; not paid, not expired yet. */
    OPEN,
    /** The buyer finished it (its payment may still be on its way, for a delayed payment method). */
    COMPLETE,
    /** It ran out unpaid: the buyer opens a new one to pay. */
    EXPIRED,
    /** Its delayed payment failed: the buyer opens a new one to pay. */
    FAILED
}
