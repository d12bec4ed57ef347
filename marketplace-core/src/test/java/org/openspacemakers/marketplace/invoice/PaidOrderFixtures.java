package org.openspacemakers.marketplace.invoice;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.openspacemakers.marketplace.account.Role;
import org.openspacemakers.marketplace.catalog.Teams;
import org.openspacemakers.marketplace.compliance.BuyerType;
import org.openspacemakers.marketplace.compliance.CountryCode;
import org.openspacemakers.marketplace.fixtures.Fixtures;
import org.openspacemakers.marketplace.order.Order;
import org.openspacemakers.marketplace.order.Orders;
import org.openspacemakers.marketplace.order.PlaceOrder;
import org.openspacemakers.marketplace.order.ShippingAddress;

/** Orders placed by consumers in France, each by a buyer of its own, and paid by bank transfer, for the invoice tests. */
final class PaidOrderFixtures {

    private PaidOrderFixtures() {
    }

    /** That many orders of one board each, of one fresh listing whose team has room for them all. */
    static List<Order> orders(Fixtures fixtures, Teams teams, Orders orders, int count) {
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        teams.changeCapacity(listing.maker().id(), listing.team().slug(), count, 1);
        CountryCode france = CountryCode.of("FR");
        List<Order> placed = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            UUID buyer = fixtures.user(Role.BUYER).id();
            placed.add(orders.place(new PlaceOrder(buyer, UUID.randomUUID().toString(),
                    List.of(new PlaceOrder.Line(listing.fullKit().id(), 1)), france, BuyerType.CONSUMER,
                    new ShippingAddress("Ada Lovelace", "1 rue de la Paix", "Bâtiment B", "75002", "Paris", france), Set.of(),
                    null)).order());
        }
        return placed;
    }

    /** An administrator confirms the order's bank transfer: the order is paid, and invoiced in that transaction. */
    static Order pay(Fixtures fixtures, Orders orders, Order order) {
        return orders.confirmBankTransfer(order.id(), Orders.Actor.administrator(fixtures.user(Role.ADMIN).id()));
    }
}
