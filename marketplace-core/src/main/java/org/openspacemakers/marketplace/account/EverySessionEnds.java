package org.openspacemakers.marketplace.account;

import java.util.UUID;

/**
 * Published, in the transaction that decided it, when every signed-in page session of a person must
 * end on every node: their account was disabled, or they asked to be signed out everywhere. The
 * sessions are the web layer's; it ends them once the transaction commits.
 *
 * @param personId the account
 * @param email the address the sessions were signed in with
 */
public record EverySessionEnds(UUID personId, String email) {
}
