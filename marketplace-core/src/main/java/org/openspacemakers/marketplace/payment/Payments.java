package org.openspacemakers.marketplace.payment;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openspacemakers.marketplace.catalog.Money;
import org.openspacemakers.marketplace.order.Order;
import org.openspacemakers.marketplace.order.OrderStatus;
import org.openspacemakers.marketplace.order.Orders;
import org.openspacemakers.marketplace.order.PaymentMethod;
import org.openspacemakers.marketplace.refusal.InvalidInput;
import org.openspacemakers.marketplace.refusal.NotFound;
import org.springframework.stereotype.Service;

/**
 * The payment module's API: which ways of paying are on, what a buyer must do to pay an order (by
 * the gateway of its payment method), and refunds by the way the order was paid.
 */
@Service
public class Payments {

    private final List<PaymentGateway> gateways;
    private final Orders orders;
    private final CardRefunds cardRefunds;
    private final CardLedger ledger;
    private final CardCheckouts checkouts;

    Payments(List<PaymentGateway> gateways, Orders orders, CardRefunds cardRefunds, CardLedger ledger,
            CardCheckouts checkouts) {
        this.checkouts = checkouts;
        this.gateways = gateways;
        this.orders = orders;
        this.cardRefunds = cardRefunds;
        this.ledger = ledger;
    }

    /** Whether buyers may choose this way of paying now. */
    public boolean enabled(PaymentMethod method) {
        return gateways.stream().anyMatch(gateway -> gateway.method() == method && gateway.enabled());
    }

    /** What the buyer must do to pay the order, if it still awaits payment. */
    public Optional<PaymentInstructions> instructions(Order order) {
        if (order.status() != OrderStatus.AWAITING_PAYMENT && order.status() != OrderStatus.ON_HOLD) {
            return Optional.empty();
        }
        return gateways.stream().filter(gateway -> gateway.method() == order.paymentMethod() && gateway.enabled())
                .findFirst().flatMap(gateway -> gateway.instructions(order));
    }

    /**
     * An administrator pays money back, in whole or in part, with a credit note: a card payment
     * through Stripe (its {@code requestKey} makes a repeated request refund once), a bank transfer
     * recorded as sent back by hand.
     */
    public Order refund(UUID orderId, Money amount, String reason, String requestKey, Orders.Actor admin) {
        if (requestKey != null && requestKey.length() > CardRefunds.MAX_KEY_LENGTH) {
            throw new InvalidInput("Idempotency-Key", "invalid.tooLong", CardRefunds.MAX_KEY_LENGTH);
        }
        Order order = orders.byId(orderId).orElseThrow(NotFound::new);
        if (order.payment().map(paid -> paid.method() == PaymentMethod.CARD).orElse(false)) {
            return cardRefunds.refund(order, amount, reason, requestKey, admin);
        }
        return orders.refund(orderId, amount, reason, admin);
    }

    /**
     * After an order was cancelled (outside its transaction): a card checkout still open for it is
     * ended at Stripe, so that nobody pays for it.
     */
    public void cancelled(Order order) {
        if (order.paymentMethod() == PaymentMethod.CARD) {
            checkouts.closeFor(order);
        }
    }

    /** The card payments Stripe took since then, newest first, with their fees once known: the books' card income. */
    public List<CardPayment> cardPaymentsSince(java.time.Instant since) {
        return ledger.paymentsSince(since);
    }

    /** The card payments Stripe took for the order, with their fees once known. */
    public List<CardPayment> cardPaymentsOf(UUID orderId) {
        return ledger.paymentsOf(orderId);
    }
}
