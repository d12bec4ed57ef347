package org.openspacemakers.marketplace.shipping;

import java.util.Objects;
import org.openspacemakers.marketplace.catalog.Money;

/** What shipping an order to a destination costs by one method. */
public record ShippingQuote(ShippingMethod method, Money amount) {

    public ShippingQuote {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(amount, "amount");
    }
}
