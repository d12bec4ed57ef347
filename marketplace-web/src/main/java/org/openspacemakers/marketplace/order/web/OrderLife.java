package org.openspacemakers.marketplace.order.web;

import java.time.Instant;
import java.util.UUID;
import org.openspacemakers.marketplace.order.Order;
import org.openspacemakers.marketplace.order.OrderStatus;
import org.openspacemakers.marketplace.order.PaymentMethod;

/**
 * What the person looking at an order may do with it now, so that the page offers only the moves
 * the order would accept (it decides: these are its own answers): the buyer cancels before assembly
 * or withdraws within the period; an administrator confirms a transfer, holds, releases, refunds.
 */
record OrderLife(boolean buyer, boolean administrator, boolean cancellable, boolean withdrawable,
        boolean confirmable, boolean holdable, boolean releasable, boolean refundable) {

    static OrderLife of(Order order, UUID viewer, boolean administrator, Instant now) {
        boolean buyer = order.buyerId().equals(viewer);
        return new OrderLife(buyer, administrator,
                (buyer || administrator) && order.cancellable(),
                buyer && order.withdrawalOpen(now),
                administrator && order.paymentMethod() == PaymentMethod.BANK_TRANSFER && order.awaitsPayment(),
                administrator && order.holdable(),
                administrator && order.status() == OrderStatus.ON_HOLD,
                administrator && order.refundable());
    }
}
