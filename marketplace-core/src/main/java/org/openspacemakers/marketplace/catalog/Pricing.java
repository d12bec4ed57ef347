package org.openspacemakers.marketplace.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A price and its breakdown, in minor units of the offer's currency, as an offer stores them and
 * as a price change keeps them before and after.
 */
@Embeddable
record Pricing(
        @Column(name = "price_minor", nullable = false) long priceMinor,
        @Column(name = "parts_minor", nullable = false) long partsMinor,
        @Column(name = "pcb_minor", nullable = false) long pcbMinor,
        @Column(name = "labour_minor", nullable = false) long labourMinor,
        @Column(name = "association_minor", nullable = false) long associationMinor,
        @Column(name = "team_minor", nullable = false) long teamMinor) {

    Pricing(Money price, PriceBreakdown breakdown) {
        this(price.amountMinor(), breakdown.partsMinor(), breakdown.pcbMinor(), breakdown.labourMinor(),
                breakdown.associationMinor(), breakdown.teamMinor());
    }

    PriceBreakdown breakdown() {
        return new PriceBreakdown(partsMinor, pcbMinor, labourMinor, associationMinor, teamMinor);
    }
}
