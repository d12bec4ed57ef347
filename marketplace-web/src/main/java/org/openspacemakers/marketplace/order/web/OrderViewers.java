package org.openspacemakers.marketplace.order.web;

import java.util.UUID;
import org.openspacemakers.marketplace.account.Role;
import org.openspacemakers.marketplace.order.Order;
import org.openspacemakers.marketplace.order.Orders;
import org.openspacemakers.marketplace.refusal.NotFound;
import org.openspacemakers.marketplace.system.SignedInUser;

/** The signed-in person as the orders module sees them, for the order pages and API alike. */
final class OrderViewers {

    private OrderViewers() {
    }

    /** The person acting on an order: their id, and whether they are an administrator. */
    static Orders.Actor actor(SignedInUser user) {
        return new Orders.Actor(user.id(), user.hasRole(Role.ADMIN));
    }

    /** The order's id when this person may see the order; 404 otherwise, whatever they meant to do. */
    static UUID visible(Orders orders, UUID orderId, SignedInUser user) {
        return orders.findForViewer(orderId, user.id(), user.hasRole(Role.ADMIN)).map(Order::id).orElseThrow(NotFound::new);
    }
}
