package org.openspacemakers.marketplace.catalog;

import java.math.BigInteger;

/**
 * Where the money of an offer goes, shown to buyers: parts, PCB, assembly labour, the
 * association's share and the team's share, in minor units. The shares add up to the price exactly.
 */
public record PriceBreakdown(long partsMinor, long pcbMinor, long labourMinor, long associationMinor, long teamMinor) {

    public PriceBreakdown {
        if (partsMinor < 0 || pcbMinor < 0 || labourMinor < 0 || associationMinor < 0 || teamMinor < 0) {
            throw new ListingRejected("breakdown", "invalid.breakdown.negative");
        }
    }

    public Money parts() {
        return Money.euros(partsMinor);
    }

    public Money pcb() {
        return Money.euros(pcbMinor);
    }

    public Money labour() {
        return Money.euros(labourMinor);
    }

    public Money association() {
        return Money.euros(associationMinor);
    }

    public Money team() {
        return Money.euros(teamMinor);
    }

    /** The shares added up exactly: shares typed wrong by a client may add up past a {@code long}. */
    public BigInteger totalMinor() {
        return BigInteger.valueOf(partsMinor).add(BigInteger.valueOf(pcbMinor)).add(BigInteger.valueOf(labourMinor))
                .add(BigInteger.valueOf(associationMinor)).add(BigInteger.valueOf(teamMinor));
    }
}
