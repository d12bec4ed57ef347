package org.openspacemakers.marketplace.invoice;

import org.openspacemakers.marketplace.order.OrderRefunded;
import org.openspacemakers.marketplace.order.OrderPaid;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Invoices an order when it is paid, and issues a credit note when money is paid back, each in
 * the transaction that records the move (the events are published inside it): the payment and its
 * invoice, the refund and its credit note, are stored together or not at all.
 */
@Component
class PaidOrders {

    /** Where the invoice comes among what a payment does in its transaction. */
    static final int INVOICE_FIRST = 100;

    private final Invoices invoices;

    PaidOrders(Invoices invoices) {
        this.invoices = invoices;
    }

    /**
     * Invoiced at payment, also when the order was held before the money came (a refund of it is then
     * credited). First of the payment's documents: the invoices' counter is taken before the donation
     * receipts' one ({@code donation.OrderDonations}), by every payment, so none waits for another's
     * counters the other way round.
     */
    @EventListener
    @Order(INVOICE_FIRST)
    void on(OrderPaid paid) {
        invoices.issue(paid.orderId());
    }

    @EventListener
    void on(OrderRefunded refunded) {
        invoices.creditRefund(refunded.orderId(), refunded.amount(), refunded.reason(), refunded.actor());
    }
}
