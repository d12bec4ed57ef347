package org.openspacemakers.marketplace.order;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.openspacemakers.marketplace.catalog.BoardQueries;
import org.openspacemakers.marketplace.catalog.Money;
import org.openspacemakers.marketplace.catalog.OfferDetails;
import org.openspacemakers.marketplace.catalog.Team;
import org.openspacemakers.marketplace.catalog.Teams;
import org.openspacemakers.marketplace.compliance.BuyerType;
import org.openspacemakers.marketplace.compliance.CountryCode;
import org.openspacemakers.marketplace.compliance.VatNumber;
import org.openspacemakers.marketplace.shipping.ShippingMethod;
import org.openspacemakers.marketplace.shipping.ShippingQuote;
import org.openspacemakers.marketplace.shipping.ShippingRates;
import org.openspacemakers.marketplace.tax.VatBuyer;
import org.openspacemakers.marketplace.tax.VatLine;
import org.openspacemakers.marketplace.tax.VatRules;
import org.openspacemakers.marketplace.tax.VatTreatment;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Prices an order before it is placed, as {@link Orders#place} will: the lines at the catalogue's
 * prices and their VAT as the {@link VatRules} set them, the shipping {@link ShippingRates#choose}
 * picks and its VAT ({@link VatRules#shipping}), and the lead time of each team's queue
 * ({@link AssemblyQueue#leadTimeDays}). It asks neither the compliance gate nor VIES: placing does.
 */
@Service
public class OrderQuotes {

    private final BoardQueries catalog;
    private final Teams teams;
    private final ShippingRates shippingRates;
    private final VatRules vat;
    private final AssemblyQueue queue;

    OrderQuotes(BoardQueries catalog, Teams teams, ShippingRates shippingRates, VatRules vat, AssemblyQueue queue) {
        this.queue = queue;
        this.catalog = catalog;
        this.teams = teams;
        this.shippingRates = shippingRates;
        this.vat = vat;
    }

    /** A consumer's quote ({@link #quote(List, CountryCode, ShippingMethod, BuyerType, VatNumber)}). */
    @Transactional(readOnly = true)
    public OrderQuote quote(List<PlaceOrder.Line> lines, CountryCode destination, ShippingMethod method) {
        return quote(lines, destination, method, BuyerType.CONSUMER, null);
    }

    /**
     * The quote for these lines shipped to the destination by the method (null: the cheapest);
     * without a destination, the lines alone at the offers' prices, no shipping and no VAT. A
     * professional with its company's VAT number is priced as one whose number VIES confirms
     * (placing asks VIES; a number it refuses makes the order a consumer's, refused as such).
     *
     * @param vatNumber the company's VAT number; null for a consumer, or a professional who has not given it yet
     */
    @Transactional(readOnly = true)
    public OrderQuote quote(List<PlaceOrder.Line> lines, CountryCode destination, ShippingMethod method,
            BuyerType buyerType, VatNumber vatNumber) {
        VatBuyer buyer = Orders.vatBuyer(buyerType, vatNumber);
        List<OrderQuote.Line> quoted = new ArrayList<>();
        List<VatLine> taxed = new ArrayList<>();
        List<UUID> unknown = new ArrayList<>();
        Map<UUID, Integer> boardsByTeam = new TreeMap<>();
        Money subtotal = Money.euros(0);
        for (PlaceOrder.Line line : lines) {
            Optional<OfferDetails> found = catalog.offer(line.offerId());
            if (found.isEmpty()) {
                unknown.add(line.offerId());
                continue;
            }
            Money unitPrice = found.get().offer().price();
            if (destination != null) {
                VatLine priced = Orders.taxed(vat, found.get(), destination, buyer, line.quantity());
                taxed.add(priced);
                unitPrice = priced.unitPrice();
            }
            OrderQuote.Line shown = new OrderQuote.Line(found.get(), line.quantity(), unitPrice);
            subtotal = subtotal.plus(shown.lineTotal());
            quoted.add(shown);
            boardsByTeam.merge(found.get().board().teamId(), line.quantity(), Integer::sum);
        }
        // The week the last of the order's boards is assembled, in the slowest team's queue; a paused
        // team's boards are not orderable until it resumes: the day, rather than a lead time.
        LocalDate today = teams.today();
        int leadTimeDays = 0;
        Optional<LocalDate> pausedUntil = Optional.empty();
        for (Map.Entry<UUID, Integer> boards : boardsByTeam.entrySet()) {
            Optional<Team> team = teams.byId(boards.getKey());
            if (team.isEmpty()) {
                continue;
            }
            leadTimeDays = Math.max(leadTimeDays, queue.leadTimeDays(team.get(), team.get().queuedBoards() + boards.getValue() - 1));
            Optional<LocalDate> paused = team.get().pausedOn(today);
            if (paused.isPresent() && (pausedUntil.isEmpty() || paused.get().isAfter(pausedUntil.get()))) {
                pausedUntil = paused;
            }
        }
        List<ShippingQuote> options = destination == null ? List.of() : shippingRates.options(destination);
        Optional<ShippingQuote> shipping = destination == null ? Optional.empty()
                : shippingRates.choose(destination, method);
        Optional<OrderQuote.Vat> vatInIt = taxed.isEmpty() ? Optional.empty() : shipping.map(chosen -> {
            VatLine shippingVat = VatRules.shipping(chosen.amount(), taxed);
            Money amount = taxed.stream().map(VatLine::vat).reduce(shippingVat.vat(), Money::plus);
            List<VatTreatment> treatments = new ArrayList<>(taxed.stream().map(VatLine::treatment).toList());
            treatments.add(shippingVat.treatment());
            return new OrderQuote.Vat(amount, treatments);
        });
        return new OrderQuote(quoted, unknown, subtotal, options, shipping, vatInIt, leadTimeDays, pausedUntil);
    }
}
