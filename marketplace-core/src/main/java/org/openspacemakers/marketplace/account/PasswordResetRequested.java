package org.openspacemakers.marketplace.account;

import java.util.Locale;
import java.util.UUID;

/** A password reset link is to be mailed to the account's address; the token is known only here. */
public record PasswordResetRequested(UUID userId, String recipient, String name, String token, Locale language) {
}
