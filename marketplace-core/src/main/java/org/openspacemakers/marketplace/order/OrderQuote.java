package org.openspacemakers.marketplace.order;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openspacemakers.marketplace.catalog.Money;
import org.openspacemakers.marketplace.catalog.OfferDetails;
import org.openspacemakers.marketplace.catalog.PriceBreakdown;
import org.openspacemakers.marketplace.compliance.OfferKind;
import org.openspacemakers.marketplace.shipping.ShippingQuote;

/**
 * What an order would cost now, before it is placed: its lines as the catalogue prices them, the
 * ways of shipping to the destination and the one chosen, the total, and when the boards would be
 * ready. Placing the order prices it again the same way.
 *
 * @param unknownOffers offers asked for that do not exist (not in {@code lines})
 * @param shippingOptions every way of shipping to the destination, the cheapest first; none without a destination
 * @param shipping the chosen way (the cheapest when none was chosen); empty when it does not ship there
 * @param leadTimeDays the longest of the teams' lead times for the order's boards (0 without lines)
 */
public record OrderQuote(List<Line> lines, List<UUID> unknownOffers, Money subtotal, List<ShippingQuote> shippingOptions,
        Optional<ShippingQuote> shipping, int leadTimeDays) {

    public OrderQuote {
        lines = List.copyOf(lines);
        unknownOffers = List.copyOf(unknownOffers);
        shippingOptions = List.copyOf(shippingOptions);
    }

    /** One line: the offer, how many, and what they cost together. */
    public record Line(OfferDetails offer, int quantity, Money lineTotal) {

        public Money unitPrice() {
            return offer.offer().price();
        }

        /** Where the money of one board goes. */
        public PriceBreakdown breakdown() {
            return offer.offer().breakdown();
        }

        public boolean assemblyOnly() {
            return offer.offer().kind() == OfferKind.ASSEMBLY_ONLY;
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
