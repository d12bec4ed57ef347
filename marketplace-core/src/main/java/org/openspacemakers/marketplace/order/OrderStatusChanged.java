package org.openspacemakers.marketplace.order;

import java.time.Instant;
import java.util.UUID;

/**
 * An order moved from one status to another, published inside the transaction that stores the
 * move: listeners that write in it (the outbox of e-mails, invoices) commit or roll back with it.
 *
 * @param actor who moved it (a user's id), or null when the store itself did (a job, a revocation)
 * @param note the reason given with the move (a hold's reason, a cancellation's), or empty
 */
public record OrderStatusChanged(UUID orderId, UUID buyerId, OrderStatus from, OrderStatus to, Instant at,
        UUID actor, String note) {
}
