package org.openspacemakers.marketplace.payment;

import java.util.Optional;
import org.openspacemakers.marketplace.order.Order;
import org.openspacemakers.marketplace.order.PaymentMethod;
import org.springframework.stereotype.Component;

/**
 * Payment by card on Stripe's hosted Checkout page, on when Stripe is configured: card data never
 * reaches the store (PCI DSS SAQ A). The order is paid when Stripe's signed webhook says so
 * ({@link StripeEvents}), never because the buyer came back to the store's page.
 */
@Component
class StripeGateway implements PaymentGateway {

    private final CardCheckouts checkouts;

    StripeGateway(CardCheckouts checkouts) {
        this.checkouts = checkouts;
    }

    @Override
    public PaymentMethod method() {
        return PaymentMethod.CARD;
    }

    @Override
    public boolean enabled() {
        return checkouts.enabled();
    }

    /** The amount and, when a session is open, its page: the buyer opens one from the order's page otherwise. */
    @Override
    public Optional<PaymentInstructions> instructions(Order order) {
        if (order.paymentMethod() != PaymentMethod.CARD || !order.awaitsPayment()) {
            return Optional.empty();
        }
        String url = checkouts.latest(order.id()).filter(checkout -> checkout.status() == CheckoutStatus.OPEN)
                .map(CardCheckout::url).orElse(null);
        return Optional.of(new PaymentInstructions(order.amountDue(), order.paymentReference(), null, url));
    }
}
