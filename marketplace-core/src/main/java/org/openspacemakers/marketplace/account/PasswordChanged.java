package org.openspacemakers.marketplace.account;

import java.time.Instant;
import java.util.UUID;

/**
 * The account's password changed, by its owner from the profile or through a reset link, in the
 * transaction this is published in. Access tokens stay valid. The web layer then ends the account's
 * page sessions on every node: all of them after a reset, all but the one that made the change
 * otherwise.
 *
 * @param byReset whether it was set through a reset link rather than with the old password
 */
public record PasswordChanged(UUID userId, Instant at, boolean byReset) {
}
