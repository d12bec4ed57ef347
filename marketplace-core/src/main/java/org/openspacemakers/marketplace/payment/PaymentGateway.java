package org.openspacemakers.marketplace.payment;

import java.util.Optional;
import org.openspacemakers.marketplace.order.Order;
import org.openspacemakers.marketplace.order.PaymentMethod;

/**
 * A way for buyers to pay: the bank transfer (always on), and card payments when configured.
 * Each says whether it is on and what the buyer of an unpaid order must do to pay.
 */
public interface PaymentGateway {

    PaymentMethod method();

    boolean enabled();

    /** What the buyer must do to pay this order, while it awaits payment. */
    Optional<PaymentInstructions> instructions(Order order);
}
