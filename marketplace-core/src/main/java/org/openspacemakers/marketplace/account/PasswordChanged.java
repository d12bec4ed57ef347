package org.openspacemakers.marketplace.account;

import java.time.Instant;
import java.util.UUID;

/**
 * The account's password changed, by its owner from the profile or through a reset link, in the
 * transaction this is published in. Access tokens stay valid. A listener may end the account's
 * other sessions here (the store keeps page sessions in memory today and leaves them be).
 *
 * @param byReset whether it was set through a reset link rather than with the old password
 */
public record PasswordChanged(UUID userId, Instant at, boolean byReset) {
}
