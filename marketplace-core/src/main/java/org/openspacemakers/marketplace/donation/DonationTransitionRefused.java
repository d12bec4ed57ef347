package org.openspacemakers.marketplace.donation;

import org.openspacemakers.marketplace.refusal.Conflict;

/** A move the donation's current status does not allow (code {@code INVALID_STATE}): what was attempted. */
public class DonationTransitionRefused extends Conflict {

    public DonationTransitionRefused(String attempted) {
        super(INVALID_STATE, "conflict.donation." + attempted);
    }
}
