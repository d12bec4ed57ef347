package org.openspacemakers.marketplace.compliance;

import java.time.LocalDate;

/**
 * Published by the {@link ExpiryWatch}, inside its transaction, when it announces that a revision's
 * approval lapses on a coming day (once per revision and day): for the store to tell its team.
 */
public record ExpiryWarned(RevisionRef revision, LocalDate expiresOn) {
}
