package org.openspacemakers.marketplace.account;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/**
 * Someone tried to sign up with an address an account already has: its owner is told, with the way
 * to reset their password. The one who tried was answered as if the address were new.
 */
public record SignUpRepeated(UUID userId, String recipient, String name, Locale language, Instant at) {
}
