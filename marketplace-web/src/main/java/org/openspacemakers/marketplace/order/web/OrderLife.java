package org.openspacemakers.marketplace.order.web;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.openspacemakers.marketplace.order.Order;
import org.openspacemakers.marketplace.order.OrderStatus;

/**
 * What the person looking at an order may do with it now, so that the page offers only the moves
 * that would be accepted (the order itself still decides): the buyer cancels before assembly or
 * withdraws within the period; an administrator confirms a transfer, holds, releases, refunds.
 */
record OrderLife(boolean buyer, boolean administrator, boolean cancellable, boolean withdrawable,
        boolean confirmable, boolean holdable, boolean releasable, boolean refundable) {

    private static final Set<OrderStatus> BEFORE_ASSEMBLY = EnumSet.of(OrderStatus.AWAITING_PAYMENT,
            OrderStatus.AWAITING_VERIFICATION, OrderStatus.PAID, OrderStatus.AWAITING_PARTS, OrderStatus.PARTS_RECEIVED);

    private static final Set<OrderStatus> HOLDABLE = EnumSet.of(OrderStatus.AWAITING_PAYMENT,
            OrderStatus.AWAITING_VERIFICATION, OrderStatus.PAID, OrderStatus.AWAITING_PARTS, OrderStatus.PARTS_RECEIVED,
            OrderStatus.IN_ASSEMBLY, OrderStatus.TESTED);

    static OrderLife of(Order order, UUID viewer, boolean administrator, Instant now) {
        boolean buyer = order.buyerId().equals(viewer);
        OrderStatus standing = order.status() == OrderStatus.ON_HOLD ? order.resumesTo().orElse(order.status()) : order.status();
        boolean beforeAssembly = order.status() != OrderStatus.CANCELLED && order.status() != OrderStatus.REFUNDED
                && BEFORE_ASSEMBLY.contains(standing);
        boolean unpaid = order.payment().isEmpty();
        return new OrderLife(buyer, administrator,
                (buyer || administrator) && beforeAssembly,
                buyer && order.withdrawalOpen(now),
                administrator && unpaid && order.paymentMethod().name().equals("BANK_TRANSFER")
                        && (order.status() == OrderStatus.AWAITING_PAYMENT
                                || (order.status() == OrderStatus.ON_HOLD && standing == OrderStatus.AWAITING_PAYMENT)),
                administrator && HOLDABLE.contains(order.status()),
                administrator && order.status() == OrderStatus.ON_HOLD,
                administrator && !unpaid && order.status() != OrderStatus.REFUNDED);
    }
}
