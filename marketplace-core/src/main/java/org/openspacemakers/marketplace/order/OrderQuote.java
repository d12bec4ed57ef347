package org.openspacemakers.marketplace.order;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openspacemakers.marketplace.catalog.Money;
import org.openspacemakers.marketplace.catalog.OfferDetails;
import org.openspacemakers.marketplace.catalog.PriceBreakdown;
import org.openspacemakers.marketplace.compliance.OfferKind;
import org.openspacemakers.marketplace.shipping.ShippingQuote;
import org.openspacemakers.marketplace.tax.VatTreatment;

/**
 * What an order would cost now, before it is placed: its lines as the catalogue prices them, the
 * ways of shipping to the destination and the one chosen, the total, the VAT in it, and when the
 * boards would be ready. Placing the order prices it again the same way.
 *
 * @param unknownOffers offers asked for that do not exist (not in {@code lines})
 * @param shippingOptions every way of shipping to the destination, the cheapest first; none without a destination
 * @param shipping the chosen way (the cheapest when none was chosen); empty when it does not ship there
 * @param vat the VAT the order would contain, its lines' and its shipping's; empty while the shipping is
 * @param leadTimeDays the longest of the teams' lead times for the order's boards (0 without lines)
 * @param pausedUntil when a team of the order's boards has paused taking orders, the last day of the
 *     pauses (placing refuses the order until then); empty when none has
 */
public record OrderQuote(List<Line> lines, List<UUID> unknownOffers, Money subtotal, List<ShippingQuote> shippingOptions,
        Optional<ShippingQuote> shipping, Optional<Vat> vat, int leadTimeDays, Optional<LocalDate> pausedUntil) {

    public OrderQuote {
        lines = List.copyOf(lines);
        unknownOffers = List.copyOf(unknownOffers);
        shippingOptions = List.copyOf(shippingOptions);
    }

    /**
     * One line: the offer, how many, and what one costs the buyer (the offer's price, or without
     * the French VAT in it for a buyer who owes the association none, as placing prices it).
     */
    public record Line(OfferDetails offer, int quantity, Money unitPrice) {

        /** What the line's boards cost together. */
        public Money lineTotal() {
            return unitPrice.times(quantity);
        }

        /** Where the money of one board goes. */
        public PriceBreakdown breakdown() {
            return offer.offer().breakdown();
        }

        public boolean assemblyOnly() {
            return offer.offer().kind() == OfferKind.ASSEMBLY_ONLY;
        }
    }

    /**
     * The VAT an order would contain, as placing it sets it.
     *
     * @param amount     the VAT contained in the total: the lines' and the shipping's
     * @param treatments how VAT applies to the lines and the shipping, each once, in the order they come
     */
    public record Vat(Money amount, List<VatTreatment> treatments) {

        public Vat {
            treatments = treatments.stream().distinct().toList();
        }

        /** The treatments whose legal mention the order's invoice will carry (the franchise's, a reverse charge's...). */
        public List<VatTreatment> mentioned() {
            return treatments.stream().filter(treatment -> treatment.mention().isPresent()).toList();
        }

        /** Whether the order contains any VAT (none under the franchise, to a buyer who owes none, or for an export). */
        public boolean charged() {
            return amount.amountMinor() > 0;
        }
    }

    /** The lines and the shipping together; empty while there is no shipping to the destination. */
    public Optional<Money> total() {
        return shipping.map(chosen -> subtotal.plus(chosen.amount()));
    }

    /** Whether a line is assembly-only (the buyer supplies the parts, and consents to the service starting). */
    public boolean hasAssemblyOnly() {
        return lines.stream().anyMatch(Line::assemblyOnly);
    }

    public boolean hasFullKit() {
        return lines.stream().anyMatch(line -> !line.assemblyOnly());
    }
}
