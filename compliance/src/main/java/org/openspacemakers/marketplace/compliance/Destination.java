package org.openspacemakers.marketplace.compliance;

/** Where a sale may go: a country and a kind of buyer. */
public record Destination(CountryCode country, BuyerType buyerType) {
}
