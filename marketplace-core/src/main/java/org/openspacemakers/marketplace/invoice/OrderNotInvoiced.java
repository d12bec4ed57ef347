package org.openspacemakers.marketplace.invoice;

/** A credit note was asked for an order that has no invoice: it was never paid, so nothing can be credited. */
public class OrderNotInvoiced extends RuntimeException {

    public OrderNotInvoiced() {
        super("the order has no invoice to credit");
    }
}
