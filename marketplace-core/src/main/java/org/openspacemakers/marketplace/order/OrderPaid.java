package org.openspacemakers.marketplace.order;

import java.time.Instant;
import java.util.UUID;

/**
 * The order's payment was recorded, published inside the transaction that records it: the order
 * is PAID then, or stays ON_HOLD when it was held before the money came (it is paid all the same,
 * and invoiced at once, so that a refund of it is credited).
 */
public record OrderPaid(UUID orderId, Instant at) {
}
