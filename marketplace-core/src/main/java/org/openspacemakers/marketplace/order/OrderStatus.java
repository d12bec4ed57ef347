package org.openspacemakers.marketplace.order;

/**
 * Where an order stands. A full kit goes AWAITING_PAYMENT, PAID, IN_ASSEMBLY, TESTED, SHIPPED,
 * DELIVERED; an order with an assembly-only line waits for the buyer's parts after payment
 * (AWAITING_PARTS, PARTS_RECEIVED) before its assembly. {@link Order} owns the moves.
 */
public enum OrderStatus {
    /** Placed and accepted by the compliance gate; its boards are reserved while the buyer's payment is awaited. */
    AWAITING_PAYMENT,
    /**
     * Placed by a professional buyer while VIES could not confirm their VAT number: its boards are
     * reserved, and it goes on to {@link #AWAITING_PAYMENT} once VIES confirms the number, or is
     * {@link #CANCELLED} if VIES says it is not valid.
     */
    AWAITING_VERIFICATION,
    /** Paid, the gate asked again; a full kit waits for the team to start its assembly. */
    PAID,
    /** Assembly-only, paid: the workshop waits for the parts the buyer has delivered to it. */
    AWAITING_PARTS,
    /** Assembly-only: the team ticked the parts received against the list from the frozen BOM. */
    PARTS_RECEIVED,
    /** The team is assembling the boards. */
    IN_ASSEMBLY,
    /** Every unit is assembled and passed its functional test. */
    TESTED,
    /** Handed to the carrier, with its tracking number (and, assembly-only, the leftover parts). */
    SHIPPED,
    /** The buyer received it; a consumer's withdrawal period for a full kit runs from here. */
    DELIVERED,
    /**
     * Stopped for an administrator: a line the gate now refuses, a payment that came after the
     * reservation expired with no room left, an amount that does not match. The administrator
     * refunds it or lets it go on once it may.
     */
    ON_HOLD,
    /** Will not be fulfilled: cancelled before assembly, or unpaid; its reserved boards went back to the team's queue. */
    CANCELLED,
    /** Paid back in whole (a credit note was issued); partial refunds leave the order where it stands. */
    REFUNDED
}
