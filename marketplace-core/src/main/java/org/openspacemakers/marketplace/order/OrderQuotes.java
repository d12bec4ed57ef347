package org.openspacemakers.marketplace.order;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.openspacemakers.marketplace.catalog.BoardQueries;
import org.openspacemakers.marketplace.catalog.Money;
import org.openspacemakers.marketplace.catalog.OfferDetails;
import org.openspacemakers.marketplace.catalog.Teams;
import org.openspacemakers.marketplace.compliance.CountryCode;
import org.openspacemakers.marketplace.shipping.ShippingMethod;
import org.openspacemakers.marketplace.shipping.ShippingQuote;
import org.openspacemakers.marketplace.shipping.ShippingRates;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Prices an order before it is placed, as {@link Orders#place} will: the lines at the catalogue's
 * prices, the shipping {@link ShippingRates#choose} picks, and the lead time of each team's queue
 * ({@link AssemblyQueue#leadTimeDays}). It asks neither the compliance gate nor VIES: placing does.
 */
@Service
public class OrderQuotes {

    private final BoardQueries catalog;
    private final Teams teams;
    private final ShippingRates shippingRates;

    OrderQuotes(BoardQueries catalog, Teams teams, ShippingRates shippingRates) {
        this.catalog = catalog;
        this.teams = teams;
        this.shippingRates = shippingRates;
    }

    /**
     * The quote for these lines shipped to the destination by the method (null: the cheapest);
     * without a destination, the lines alone, no shipping.
     */
    @Transactional(readOnly = true)
    public OrderQuote quote(List<PlaceOrder.Line> lines, CountryCode destination, ShippingMethod method) {
        List<OrderQuote.Line> quoted = new ArrayList<>();
        List<UUID> unknown = new ArrayList<>();
        Map<UUID, Integer> boardsByTeam = new TreeMap<>();
        Money subtotal = Money.euros(0);
        for (PlaceOrder.Line line : lines) {
            Optional<OfferDetails> found = catalog.offer(line.offerId());
            if (found.isEmpty()) {
                unknown.add(line.offerId());
                continue;
            }
            Money lineTotal = found.get().offer().price().times(line.quantity());
            subtotal = subtotal.plus(lineTotal);
            quoted.add(new OrderQuote.Line(found.get(), line.quantity(), lineTotal));
            boardsByTeam.merge(found.get().board().teamId(), line.quantity(), Integer::sum);
        }
        // The week the last of the order's boards is assembled, in the slowest team's queue.
        int leadTimeDays = boardsByTeam.entrySet().stream()
                .mapToInt(boards -> teams.byId(boards.getKey())
                        .map(team -> AssemblyQueue.leadTimeDays(team, team.queuedBoards() + boards.getValue() - 1))
                        .orElse(0))
                .max().orElse(0);
        List<ShippingQuote> options = destination == null ? List.of() : shippingRates.options(destination);
        Optional<ShippingQuote> shipping = destination == null ? Optional.empty()
                : shippingRates.choose(destination, method);
        return new OrderQuote(quoted, unknown, subtotal, options, shipping, leadTimeDays);
    }
}
