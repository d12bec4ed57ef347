package org.openspacemakers.marketplace.order;

/** How the buyer pays. */
public enum PaymentMethod {
    /** The buyer transfers the total; an administrator confirms the transfer. The default. */
    BANK_TRANSFER,
    /** The buyer pays by card on Stripe's hosted page (only when card payments are configured). */
    CARD
}
