package org.openspacemakers.marketplace.order;

import java.time.Instant;
import java.util.UUID;
import org.openspacemakers.marketplace.catalog.Money;

/**
 * Money was paid back on an order, in whole or in part, published inside the transaction that
 * records it: the invoice module issues the credit note in it.
 *
 * @param whole whether the order is now refunded in full
 */
public record OrderRefunded(UUID orderId, Money amount, boolean whole, String reason, Instant at, UUID actor) {
}
