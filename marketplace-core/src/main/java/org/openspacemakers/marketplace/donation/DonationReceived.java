package org.openspacemakers.marketplace.donation;

import java.util.UUID;

/**
 * A donation's money arrived and its receipt was issued, in the transaction that says so, with the
 * token of the link to the receipt the donor is mailed (never stored as such: only its SHA-256 is).
 */
public record DonationReceived(UUID donationId, String receiptNumber, String receiptToken) {
}
