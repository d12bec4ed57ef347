package org.openspacemakers.marketplace.order;

import org.openspacemakers.marketplace.catalog.Money;

/**
 * Which donations an order may carry: the donation module's bounds (it depends on orders, so it
 * answers through this seam rather than being asked by name).
 */
public interface DonationRule {

    /** Whether the association takes this amount as a donation. */
    boolean accepts(Money amount);

    /** The smallest donation taken. */
    Money smallest();

    /** The largest donation taken. */
    Money largest();
}
