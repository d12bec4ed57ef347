package org.openspacemakers.marketplace.order;

import java.time.Instant;
import java.util.UUID;

/**
 * A consumer withdrew from their purchase (recorded as a step of the order, not a change of its
 * status), published inside the transaction that records it: the store acknowledges it by e-mail
 * in that transaction.
 */
public record OrderWithdrawn(UUID orderId, UUID buyerId, Instant at) {
}
