package org.openspacemakers.marketplace.tax;

import java.math.BigInteger;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.openspacemakers.marketplace.catalog.Money;
import org.openspacemakers.marketplace.catalog.VatCategory;
import org.openspacemakers.marketplace.compliance.CountryCode;

/**
 * Which VAT a line of a sale bears, and what the buyer pays for it (docs/invoices.md, "VAT").
 *
 * <p><b>Prices are tax-inclusive.</b> An offer's price is what a consumer pays, whatever the
 * destination: the VAT is contained in it ({@code price × rate / (1 + rate)}, rounded half up to
 * the cent on the line's total), and an offer's {@code PriceBreakdown} still adds up to that price,
 * each share VAT included. A buyer who owes the association no VAT (a reverse-charged or
 * intra-Community professional, an export) pays the price without the French VAT it contains at
 * the home rate of the offer's category: the same net amount a sale in France leaves the association.
 *
 * <p>While the association is {@link VatRegime#VAT_EXEMPT}, every line is {@link VatTreatment#FRANCHISE}
 * at the offer's price. Once {@link VatRegime#VAT_REGISTERED}:
 * <ul>
 * <li>a consumer pays French VAT, except for goods sent to another member state once the EU
 * distance-selling threshold (10,000 EUR a year, directive art. 59c) is passed, which bear that
 * state's rate; work on the consumer's goods (assembly-only) is taxed in France where it is done;
 * <li>a verified professional established in another member state buys goods sent to another
 * member state as an exempt intra-Community supply, and assembly under the reverse charge; in France
 * it pays French VAT;
 * <li>goods sent outside the EU are exported, free of VAT.
 * </ul>
 */
public final class VatRules {

    /** Where the association is established and registered. */
    public static final CountryCode HOME = CountryCode.of("FR");

    private final VatRegime regime;
    private final boolean distanceSellingThresholdPassed;
    private final VatRates rates;

    public VatRules(VatRegime regime, boolean distanceSellingThresholdPassed, VatRates rates) {
        this.regime = Objects.requireNonNull(regime, "regime");
        this.distanceSellingThresholdPassed = distanceSellingThresholdPassed;
        this.rates = Objects.requireNonNull(rates, "rates");
    }

    public VatRegime regime() {
        return regime;
    }

    /** The VAT of a line of {@code quantity} units sold at the offer's price {@code unitPrice}. */
    public VatLine line(Supply supply, VatCategory category, CountryCode destination, VatBuyer buyer, Money unitPrice,
            int quantity) {
        if (regime == VatRegime.VAT_EXEMPT) {
            return new VatLine(VatTreatment.FRANCHISE, 0, unitPrice, quantity, new Money(0, unitPrice.currency()));
        }
        VatTreatment treatment = treatment(supply, destination, buyer);
        int homeRate = rates.basisPoints(HOME, category);
        return switch (treatment) {
            case HOME_RATE -> taxed(treatment, homeRate, unitPrice, quantity);
            case DESTINATION_RATE -> taxed(treatment, rates.basisPoints(destination, category), unitPrice, quantity);
            default -> {
                Money net = new Money(unitPrice.amountMinor() - contained(unitPrice.amountMinor(), homeRate), unitPrice.currency());
                yield new VatLine(treatment, 0, net, quantity, new Money(0, unitPrice.currency()));
            }
        };
    }

    private VatTreatment treatment(Supply supply, CountryCode destination, VatBuyer buyer) {
        boolean otherMemberState = destination.isEu() && !destination.equals(HOME);
        if (buyer.isProfessional()) {
            CountryCode establishment = buyer.establishment().orElseThrow();
            boolean establishedElsewhereInEu = establishment.isEu() && !establishment.equals(HOME);
            if (supply == Supply.WORK_ON_GOODS) {
                return establishedElsewhereInEu ? VatTreatment.REVERSE_CHARGE : VatTreatment.HOME_RATE;
            }
            if (!destination.isEu()) {
                return VatTreatment.EXPORT;
            }
            return otherMemberState && establishedElsewhereInEu ? VatTreatment.INTRA_EU_SUPPLY : VatTreatment.HOME_RATE;
        }
        if (supply == Supply.WORK_ON_GOODS) {
            return VatTreatment.HOME_RATE;
        }
        if (!destination.isEu()) {
            return VatTreatment.EXPORT;
        }
        return otherMemberState && distanceSellingThresholdPassed ? VatTreatment.DESTINATION_RATE : VatTreatment.HOME_RATE;
    }

    /**
     * The VAT of the shipping of these goods, a cost accessory to them: it takes their VAT (CGI art.
     * 267 I 2°, directive art. 78(b)), the treatment and rate of the highest-rated line (the first
     * of them when several share it), the VAT contained in the shipping price at that rate. The
     * buyer pays the price as quoted whatever the treatment: zero-rated goods make zero-rated
     * shipping, not cheaper shipping. An order placed and its invoice both tax their shipping here.
     *
     * @param goods the lines the shipping carries, at least one
     */
    public static VatLine shipping(Money price, List<VatLine> goods) {
        VatLine taxedLike = goods.stream().max(Comparator.comparingInt(VatLine::rateBasisPoints))
                .orElseThrow(() -> new IllegalArgumentException("shipping carries at least one line"));
        return new VatLine(taxedLike.treatment(), taxedLike.rateBasisPoints(), price, 1,
                new Money(contained(price.amountMinor(), taxedLike.rateBasisPoints()), price.currency()));
    }

    private static VatLine taxed(VatTreatment treatment, int rate, Money unitPrice, int quantity) {
        long total = Math.multiplyExact(unitPrice.amountMinor(), quantity);
        return new VatLine(treatment, rate, unitPrice, quantity, new Money(contained(total, rate), unitPrice.currency()));
    }

    /** The VAT contained in a tax-inclusive amount at this rate, rounded half up to the minor unit. */
    public static long contained(long gross, int rateBasisPoints) {
        BigInteger numerator = BigInteger.valueOf(gross).multiply(BigInteger.valueOf(rateBasisPoints));
        BigInteger denominator = BigInteger.valueOf(10_000L + rateBasisPoints);
        return numerator.multiply(BigInteger.TWO).add(denominator).divide(denominator.multiply(BigInteger.TWO)).longValueExact();
    }
}
