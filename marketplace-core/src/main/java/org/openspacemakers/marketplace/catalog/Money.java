package org.openspacemakers.marketplace.catalog;

import java.util.Currency;
import java.util.Objects;

/** An amount of money in integer minor units (cents), like Stripe counts it. Never negative. */
public record Money(long amountMinor, Currency currency) {

    public static final Currency EUR = Currency.getInstance("EUR");

    public Money {
        Objects.requireNonNull(currency, "currency");
        if (amountMinor < 0) {
            throw new IllegalArgumentException("an amount is never negative: " + amountMinor);
        }
    }

    public static Money euros(long cents) {
        return new Money(cents, EUR);
    }

    public Money times(int quantity) {
        return new Money(Math.multiplyExact(amountMinor, quantity), currency);
    }

    public Money plus(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("cannot add " + other.currency + " to " + currency);
        }
        return new Money(Math.addExact(amountMinor, other.amountMinor), currency);
    }
}
