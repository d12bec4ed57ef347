package org.openspacemakers.marketplace.account;

import java.util.Locale;
import java.util.UUID;

/**
 * A link to verify an address is to be mailed: the account's own (after sign-up, or sent again) or,
 * with {@code newAddress}, the one the person wants to move their account to. The token is known
 * only in this event: the store keeps its hash. Published in the transaction that issued it.
 */
public record EmailVerificationRequested(UUID userId, String recipient, String name, String token, Locale language,
        boolean newAddress) {
}
