package org.openspacemakers.marketplace.order;

/** The outcome of placing an order: the order, and whether this request created it or replayed it. */
public record Placement(Order order, boolean created) {
}
