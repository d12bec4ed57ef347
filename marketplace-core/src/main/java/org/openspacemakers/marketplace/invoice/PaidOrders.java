package org.openspacemakers.marketplace.invoice;

import org.openspacemakers.marketplace.order.OrderStatus;
import org.openspacemakers.marketplace.order.OrderStatusChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Invoices an order when it is paid, in the transaction that pays it (the event is published
 * inside it): the payment and its invoice are stored together or not at all.
 */
@Component
class PaidOrders {

    private final Invoices invoices;

    PaidOrders(Invoices invoices) {
        this.invoices = invoices;
    }

    @EventListener
    void on(OrderStatusChanged changed) {
        if (changed.to() == OrderStatus.PAID) {
            invoices.issue(changed.orderId());
        }
    }
}
