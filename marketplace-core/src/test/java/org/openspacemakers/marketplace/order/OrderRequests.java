package org.openspacemakers.marketplace.order;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.openspacemakers.marketplace.compliance.BuyerType;
import org.openspacemakers.marketplace.compliance.CountryCode;

/** Orders as a consumer in France places them, for the core's order tests. */
final class OrderRequests {

    private OrderRequests() {
    }

    /** That many boards of one offer, under this idempotency key. */
    static PlaceOrder boards(UUID buyer, String key, UUID offerId, int quantity) {
        CountryCode france = CountryCode.of("FR");
        return new PlaceOrder(buyer, key, List.of(new PlaceOrder.Line(offerId, quantity)), france, BuyerType.CONSUMER,
                new ShippingAddress("Ada Lovelace", "1 rue de la Paix", "", "75002", "Paris", france), Set.of(), null);
    }

    /** A fresh idempotency key. */
    static String key() {
        return UUID.randomUUID().toString();
    }
}
