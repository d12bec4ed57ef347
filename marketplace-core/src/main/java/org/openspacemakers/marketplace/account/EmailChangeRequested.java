package org.openspacemakers.marketplace.account;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/** The person asked to move their account to {@code newAddress}: the old address is told. */
public record EmailChangeRequested(UUID userId, String oldAddress, String newAddress, String name, Locale language,
        Instant at) {
}
