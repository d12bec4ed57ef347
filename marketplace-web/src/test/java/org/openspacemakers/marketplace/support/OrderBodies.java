package org.openspacemakers.marketplace.support;

import java.util.UUID;

/** Request bodies of the order API ({@code POST /api/v1/orders}), as a client sends them. */
public final class OrderBodies {

    private OrderBodies() {
    }

    /** An order body for one offer, shipped to an address in the country. */
    public static String orderBody(UUID offerId, int quantity, String country) {
        return """
                {"lines":[{"offerId":"%s","quantity":%d}],"destinationCountry":"%s","buyerType":"CONSUMER",
                 "shippingAddress":{"name":"Ada Lovelace","line1":"1 rue de la Paix","postalCode":"75002",
                 "city":"Paris","country":"%s"}}""".formatted(offerId, quantity, country, country);
    }
}
