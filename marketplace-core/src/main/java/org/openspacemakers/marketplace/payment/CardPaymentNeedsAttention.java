package org.openspacemakers.marketplace.payment;

import java.time.Instant;
import java.util.UUID;
import org.openspacemakers.marketplace.catalog.Money;

/**
 * Stripe took money the store could not apply as the order's payment (another amount, an order
 * that no longer awaits payment, an unknown order), published in the transaction that records it:
 * administrators are told, to pay it back or settle it.
 *
 * @param orderId the order it names, if any
 */
public record CardPaymentNeedsAttention(UUID orderId, String paymentIntent, Money amount, CardPayment.Outcome outcome,
        Instant at) {
}
