package org.openspacemakers.marketplace.order;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.openspacemakers.marketplace.catalog.Money;

/**
 * A payment received for an order: how, how much, the payment's own reference (the bank
 * transfer's, or the card processor's), when, and who confirmed it (none: the processor did).
 */
public record OrderPayment(PaymentMethod method, Money amount, String reference, Instant at, UUID confirmedBy) {

    public OrderPayment {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(at, "at");
        reference = reference == null ? "" : reference;
    }
}
