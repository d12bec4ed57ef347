package org.openspacemakers.marketplace.donation;

/** Where a donation stands. */
public enum DonationStatus {
    /** Promised: the donor was told how to pay; the money has not arrived. */
    PENDING,
    /** The money arrived: the receipt is numbered and issued, never changed again. */
    RECEIVED,
    /** Called off before the money arrived (the order it came with was cancelled, or an administrator gave it up). */
    CANCELLED
}
