package org.openspacemakers.marketplace.donation;

import java.util.UUID;

/**
 * A donation was pledged, in the transaction that stores it, with the token of the donor's link to
 * it (never stored as such: only its SHA-256 is), for the mail that tells the donor how to pay.
 */
public record DonationPledged(UUID donationId, String token) {
}
