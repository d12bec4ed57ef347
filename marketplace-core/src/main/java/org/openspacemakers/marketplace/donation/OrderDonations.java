package org.openspacemakers.marketplace.donation;

import org.openspacemakers.marketplace.account.Accounts;
import org.openspacemakers.marketplace.account.User;
import org.openspacemakers.marketplace.order.Order;
import org.openspacemakers.marketplace.order.OrderPaid;
import org.openspacemakers.marketplace.order.Orders;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Receives the donation a buyer added to their order once the order is paid, in the payment's
 * transaction (docs/donations.md). The orders module takes the donation's bounds from
 * {@link DonationSettings}, as the {@link org.openspacemakers.marketplace.order.DonationRule} it asks.
 */
@Component
class OrderDonations {

    /**
     * After the invoice ({@code invoice.PaidOrders}, at 100): every payment takes the invoices'
     * counter before the donation receipts' one, so that no two payments wait for each other's
     * counters the other way round.
     */
    static final int AFTER_THE_INVOICE = 200;

    private final Donations donations;
    private final Orders orders;
    private final Accounts accounts;

    OrderDonations(Donations donations, Orders orders, Accounts accounts) {
        this.donations = donations;
        this.orders = orders;
        this.accounts = accounts;
    }

    @EventListener
    @org.springframework.core.annotation.Order(AFTER_THE_INVOICE)
    void on(OrderPaid paid) {
        orders.byId(paid.orderId()).filter(Order::hasDonation)
                .ifPresent(order -> donations.receiveWithOrder(order,
                        accounts.byId(order.buyerId()).map(User::email).orElse("")));
    }
}
