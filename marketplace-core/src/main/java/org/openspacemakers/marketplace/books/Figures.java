package org.openspacemakers.marketplace.books;

import org.openspacemakers.marketplace.catalog.Money;

/**
 * The figures of some paid orders (a month, a board, a year, one order), in cents of euros, after
 * refunds (docs/guides/treasurer.md, "What each figure means"). What the buyers paid, VAT included,
 * less what was refunded, is the VAT plus the shares (parts, PCB, assembly labour, the association's,
 * the teams') plus the shipping: {@code revenue - refunds = vat + parts + pcb + labour + association
 * + teams + shipping}. Card fees are a cost the association bears out of its share.
 *
 * @param units boards sold (a fully refunded order sells none)
 * @param orders orders paid and not refunded in full
 * @param revenueMinor what buyers paid, VAT and shipping included, before refunds
 * @param vatMinor the VAT contained, less the VAT of the credit notes
 * @param partsMinor the parts, without VAT
 * @param pcbMinor the PCBs, without VAT
 * @param labourMinor the assembly labour, without VAT
 * @param associationMinor the association's share, without VAT, less refunds
 * @param teamsMinor the teams' share, without VAT
 * @param shippingMinor the shipping charged, without VAT
 * @param cardFeesMinor Stripe's fees on the card payments (as Stripe reported them)
 * @param refundsMinor what was paid back, VAT included
 */
public record Figures(long units, long orders, long revenueMinor, long vatMinor, long partsMinor, long pcbMinor,
        long labourMinor, long associationMinor, long teamsMinor, long shippingMinor, long cardFeesMinor,
        long refundsMinor) {

    public static final Figures NONE = new Figures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    public Figures plus(Figures other) {
        return new Figures(units + other.units, orders + other.orders, revenueMinor + other.revenueMinor,
                vatMinor + other.vatMinor, partsMinor + other.partsMinor, pcbMinor + other.pcbMinor,
                labourMinor + other.labourMinor, associationMinor + other.associationMinor,
                teamsMinor + other.teamsMinor, shippingMinor + other.shippingMinor,
                cardFeesMinor + other.cardFeesMinor, refundsMinor + other.refundsMinor);
    }

    /** The association's net contribution: its share less the card fees it paid. May be negative. */
    public long netContributionMinor() {
        return associationMinor - cardFeesMinor;
    }

    /** Whether the net contribution is below zero (card fees of refunded orders, for instance). */
    public boolean netNegative() {
        return netContributionMinor() < 0;
    }

    /** The net contribution's size, its sign told by {@link #netNegative()}. */
    public Money netContribution() {
        return Money.euros(Math.abs(netContributionMinor()));
    }

    public Money revenue() {
        return Money.euros(revenueMinor);
    }

    public Money vat() {
        return Money.euros(vatMinor);
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

    public Money teams() {
        return Money.euros(teamsMinor);
    }

    public Money shipping() {
        return Money.euros(shippingMinor);
    }

    public Money cardFees() {
        return Money.euros(cardFeesMinor);
    }

    public Money refunds() {
        return Money.euros(refundsMinor);
    }
}
