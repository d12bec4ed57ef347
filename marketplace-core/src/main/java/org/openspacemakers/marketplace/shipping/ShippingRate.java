package org.openspacemakers.marketplace.shipping;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Currency;
import org.openspacemakers.marketplace.catalog.Money;

/** A zone's price for one shipping method, as stored. */
@Embeddable
class ShippingRate {

    @Column(name = "amount_minor", nullable = false)
    private long amountMinor;

    @Column(nullable = false, length = 3)
    private String currency;

    protected ShippingRate() {
        // for JPA
    }

    ShippingRate(Money amount) {
        this.amountMinor = amount.amountMinor();
        this.currency = amount.currency().getCurrencyCode();
    }

    Money amount() {
        return new Money(amountMinor, Currency.getInstance(currency));
    }
}
