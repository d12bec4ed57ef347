package org.openspacemakers.marketplace.payment;

import java.util.List;
import java.util.Optional;
import org.openspacemakers.marketplace.order.Order;
import org.openspacemakers.marketplace.order.OrderStatus;
import org.springframework.stereotype.Service;

/** The payment module's API: what a buyer must do to pay an order, by the gateway of its payment method. */
@Service
public class Payments {

    private final List<PaymentGateway> gateways;

    Payments(List<PaymentGateway> gateways) {
        this.gateways = gateways;
    }

    /** What the buyer must do to pay the order, if it still awaits payment. */
    public Optional<PaymentInstructions> instructions(Order order) {
        if (order.status() != OrderStatus.AWAITING_PAYMENT && order.status() != OrderStatus.ON_HOLD) {
            return Optional.empty();
        }
        return gateways.stream().filter(gateway -> gateway.method() == order.paymentMethod() && gateway.enabled())
                .findFirst().flatMap(gateway -> gateway.instructions(order));
    }
}
