package org.openspacemakers.marketplace.payment;

import com.stripe.model.Refund;
import com.stripe.param.RefundCreateParams;
import java.time.Clock;
import java.util.UUID;
import org.openspacemakers.marketplace.catalog.Money;
import org.openspacemakers.marketplace.order.Order;
import org.openspacemakers.marketplace.order.OrderTransitionRefused;
import org.openspacemakers.marketplace.order.Orders;
import org.openspacemakers.marketplace.order.PaymentMethod;
import org.openspacemakers.marketplace.refusal.NotFound;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An administrator pays back a card payment, in whole or in part, through Stripe's API: the
 * amount is checked against what is left first, Stripe is asked outside any transaction with an
 * idempotency key, then the refund is recorded once by Stripe's refund id with its credit note.
 * The key is the request's own ({@code Idempotency-Key}, the refund form's) when given, else made
 * of the order, what it had refunded before and the amount: a request sent twice refunds once.
 * The {@code charge.refunded} event that follows finds the refund recorded and changes nothing.
 */
@Component
class CardRefunds {

    static final int MAX_KEY_LENGTH = 100;

    private final Orders orders;
    private final CardLedger ledger;
    private final StripeApi stripe;
    private final TransactionTemplate writing;
    private final Clock clock;

    CardRefunds(Orders orders, CardLedger ledger, StripeApi stripe, PlatformTransactionManager transactions, Clock clock) {
        this.orders = orders;
        this.ledger = ledger;
        this.stripe = stripe;
        this.writing = new TransactionTemplate(transactions);
        this.writing.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        this.clock = clock;
    }

    Order refund(Order order, Money amount, String reason, String requestKey, Orders.Actor admin) {
        if (!admin.administrator()) {
            throw new org.openspacemakers.marketplace.refusal.Forbidden("administrators-only", "forbidden.administratorsOnly");
        }
        order.requireRefundable(amount);
        String paymentIntent = order.payment().filter(paid -> paid.method() == PaymentMethod.CARD)
                .map(paid -> paid.reference()).orElseThrow(() -> new OrderTransitionRefused(order.status(), "refund"));
        if (!stripe.enabled()) {
            throw new OrderTransitionRefused(order.status(), "refundByCard");
        }
        String key = "refund-" + order.id() + "-" + (requestKey == null || requestKey.isBlank()
                ? order.refunded().amountMinor() + "-" + amount.amountMinor() : requestKey.strip());
        Refund refund = stripe.refund(RefundCreateParams.builder()
                .setPaymentIntent(paymentIntent)
                .setAmount(amount.amountMinor())
                .putMetadata("order_id", order.id().toString())
                .putMetadata("actor", admin.id().toString())
                .build(), key.length() > 255 ? key.substring(0, 255) : key);
        Money refunded = new Money(refund.getAmount(), amount.currency());
        return writing.execute(status -> {
            if (ledger.recordRefund(refund.getId(), paymentIntent, order.id(), refunded, "STORE",
                    requestKey == null || requestKey.isBlank() ? null : requestKey.strip(), clock.instant())) {
                return orders.refund(order.id(), refunded, reason, admin);
            }
            // Recorded before: the same request again, or the refund's event came first.
            return orders.byId(order.id()).orElseThrow(NotFound::new);
        });
    }
}
