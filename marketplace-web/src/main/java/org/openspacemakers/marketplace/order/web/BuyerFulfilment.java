package org.openspacemakers.marketplace.order.web;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.openspacemakers.marketplace.catalog.Team;
import org.openspacemakers.marketplace.catalog.Teams;
import org.openspacemakers.marketplace.order.AssembledUnit;
import org.openspacemakers.marketplace.order.Fulfilment;
import org.openspacemakers.marketplace.order.Order;
import org.openspacemakers.marketplace.order.OrderStatus;
import org.openspacemakers.marketplace.order.PartCheck;
import org.openspacemakers.marketplace.order.Recall;
import org.openspacemakers.marketplace.order.Recalls;
import org.springframework.stereotype.Component;

/**
 * What the buyer's order page shows of the team's fulfilment (the template's
 * {@code fragments/fulfilment :: buyer} asks it for an order the page already may show): for an
 * assembly-only order the parts file, the workshop's address and the reference to write on the
 * parcel, and the parts the team found missing or wrong; the units' serial numbers; the carrier,
 * tracking number and leftover parts sent back; and any recall notice.
 */
@Component("buyerFulfilment")
class BuyerFulfilment {

    private final Fulfilment fulfilment;
    private final Recalls recalls;
    private final Teams teams;

    BuyerFulfilment(Fulfilment fulfilment, Recalls recalls, Teams teams) {
        this.fulfilment = fulfilment;
        this.recalls = recalls;
        this.teams = teams;
    }

    /**
     * The view of an order its viewer may see.
     *
     * @param workshops where the parts go: each team's workshop address, while the parts are still to send
     * @param problems the parts the team could not accept, while it waits for them
     */
    public View of(Order order) {
        boolean partsAwaited = order.needsParts() && (order.status() == OrderStatus.AWAITING_PAYMENT
                || order.status() == OrderStatus.PAID || order.status() == OrderStatus.AWAITING_PARTS);
        Set<String> workshops = new LinkedHashSet<>();
        if (partsAwaited) {
            order.teams().forEach(team -> teams.byId(team).map(Team::workshopAddress).filter(address -> !address.isBlank())
                    .ifPresent(workshops::add));
        }
        List<PartCheck> problems = order.status() != OrderStatus.AWAITING_PARTS ? List.of()
                : fulfilment.checklist(order).stream().flatMap(row -> row.check().stream())
                        .filter(check -> check.status() != PartCheck.Status.RECEIVED).toList();
        List<AssembledUnit> shown = fulfilment.unitsOf(order).stream()
                .filter(unit -> unit.passing() || unit.shippedAt().isPresent()).toList();
        List<Notice> notices = recalls.of(order).stream().flatMap(recall -> recall.noticeFor(order.id()).stream()
                .map(notice -> new Notice(recall, notice))).toList();
        return new View(order.needsParts(), partsAwaited, List.copyOf(workshops), problems, shown,
                order.shipment().orElse(null), order.leftoverParts().orElse(null), notices);
    }

    /** A recall's notice to this order's buyer, with the recall it belongs to. */
    public record Notice(Recall recall, Recall.Notice notice) {
    }

    /** The order page's fulfilment block. */
    public record View(boolean assemblyOnly, boolean partsAwaited, List<String> workshops, List<PartCheck> problems,
            List<AssembledUnit> units, Order.Shipment shipment, String leftoverParts, List<Notice> notices) {

        /** Whether the block has anything to show. */
        public boolean shown() {
            return assemblyOnly || !units.isEmpty() || shipment != null || !notices.isEmpty();
        }
    }
}
