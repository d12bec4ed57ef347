package org.openspacemakers.marketplace.support;

import java.util.UUID;

/** Who signs in: an account's id, e-mail and password. */
public record Credentials(UUID id, String email, String password) {
}
