package org.openspacemakers.marketplace.catalog;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;

/** An amount of money in integer minor units (cents), like Stripe counts it. Never negative. */
public record Money(long amountMinor, Currency currency) {

    public static final Currency EUR = Currency.getInstance("EUR");

    public Money {
        Objects.requireNonNull(currency, "currency");
        if (amountMinor < 0) {
            throw new IllegalArgumentException("an amount is never negative: " + amountMinor);
        }
    }

    /**
     * An amount as people type it in euros ({@code 12}, {@code 12.5}, {@code 12,50}: up to seven
     * digits and two decimals), in cents; empty when it is not one.
     */
    public static Optional<Money> parseEuros(String typed) {
        String value = typed == null ? "" : typed.strip().replace(',', '.');
        if (!value.matches("\\d{1,7}(\\.\\d{1,2})?")) {
            return Optional.empty();
        }
        return Optional.of(euros(new BigDecimal(value).movePointRight(2).longValueExact()));
    }

    public static Money euros(long cents) {
        return new Money(cents, EUR);
    }

    /** The amount as a plain decimal number of the currency's units, such as {@code 149.00}. */
    public String decimal() {
        return BigDecimal.valueOf(amountMinor, currency.getDefaultFractionDigits()).toPlainString();
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
