package org.openspacemakers.marketplace.payment;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.openspacemakers.marketplace.catalog.Money;

/**
 * Money Stripe took for an order, or for a donation without an order (one PaymentIntent), what it did, and Stripe's fee
 * for it once its balance transaction is known (the association's books count the fee as a cost).
 */
public record CardPayment(String paymentIntent, Optional<UUID> orderId, Money amount, Outcome outcome,
        Optional<Money> fee, Instant paidAt) {

    /** What the payment did to its order. */
    public enum Outcome {
        /** It paid the order. */
        PAID,
        /** It paid the order, which is on hold (the gate refused a line at payment, or it was held before). */
        HELD,
        /** Its amount or currency is not the order's total: the order is not paid, and on hold for an administrator. */
        AMOUNT_MISMATCH,
        /** The order awaited no payment any more (cancelled, or paid already): the money is to be paid back. */
        NOT_AWAITED,
        /** No order of the store's has this session: the money is to be paid back. */
        UNKNOWN_ORDER,
        /** It paid a donation without an order (named by its session), now received: no order's business. */
        DONATION_RECEIVED,
        /** Its amount or currency is not the donation's: the donation still awaits its money, for an administrator. */
        DONATION_MISMATCH,
        /** The donation awaited no card payment (received already, called off, unknown): to pay back. */
        DONATION_NOT_AWAITED;

        /** Whether the money is the order's payment, as the books count it. */
        public boolean paysTheOrder() {
            return this == PAID || this == HELD;
        }
    }

    /** What reached the association's account: the amount less Stripe's fee, once known. */
    public Optional<Money> net() {
        return fee.map(charged -> new Money(amount.amountMinor() - charged.amountMinor(), amount.currency()));
    }
}
