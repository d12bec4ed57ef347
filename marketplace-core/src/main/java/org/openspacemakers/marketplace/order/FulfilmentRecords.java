package org.openspacemakers.marketplace.order;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.openspacemakers.marketplace.catalog.BoardQueries;
import org.openspacemakers.marketplace.compliance.OfferKind;
import org.openspacemakers.marketplace.refusal.Conflict;
import org.springframework.stereotype.Component;

/**
 * What the team records while it fulfils an order, as the order's moves need it: the units and
 * their tests (no order is TESTED until each board has a unit that passed), the parts checklist
 * (no assembly-only order has its PARTS_RECEIVED until each part is ticked received), and the
 * units leaving with the shipment. Called inside the transaction that holds the order's lock.
 */
@Component
class FulfilmentRecords {

    private final AssembledUnitRepository units;
    private final PartCheckRepository checks;
    private final BoardQueries catalog;

    FulfilmentRecords(AssembledUnitRepository units, PartCheckRepository checks, BoardQueries catalog) {
        this.units = units;
        this.checks = checks;
        this.catalog = catalog;
    }

    /** Refuses ({@code INVALID_STATE}) while a board of the order has no unit whose last test passed. */
    void requireEveryBoardTested(Order order) {
        Map<Integer, Long> passing = units.findByOrderIdOrderByLineNoAscSerialAsc(order.id()).stream()
                .filter(unit -> unit.passing() && !unit.blocked())
                .collect(Collectors.groupingBy(AssembledUnit::lineNo, Collectors.counting()));
        List<String> untested = new ArrayList<>();
        int missing = 0;
        for (int i = 0; i < order.lines().size(); i++) {
            OrderLine line = order.lines().get(i);
            long short_ = line.quantity() - passing.getOrDefault(i, 0L);
            if (short_ > 0) {
                missing += (int) short_;
                untested.add(line.boardName() + " " + line.revisionLabel() + ": " + short_ + "/" + line.quantity());
            }
        }
        if (missing > 0) {
            throw new Conflict(Conflict.INVALID_STATE, "conflict.order.untested", missing, String.join(", ", untested));
        }
    }

    /** Refuses ({@code INVALID_STATE}) while a part the buyer supplies is not ticked received. */
    void requireEveryPartReceived(Order order) {
        Set<String> received = checks.findByOrderIdOrderByLineNoAscItemNoAsc(order.id()).stream()
                .filter(check -> check.status() == PartCheck.Status.RECEIVED)
                .map(check -> check.lineNo() + ":" + check.itemNo()).collect(Collectors.toSet());
        List<String> awaited = partsToSupply(order).stream()
                .filter(part -> !received.contains(part.lineNo() + ":" + part.itemNo()))
                .map(PartToSupply::referenceText).toList();
        if (!awaited.isEmpty()) {
            throw new Conflict(Conflict.INVALID_STATE, "conflict.order.partsAwaited", awaited.size(),
                    String.join(", ", awaited.subList(0, Math.min(10, awaited.size())))
                            + (awaited.size() > 10 ? " (+" + (awaited.size() - 10) + ")" : ""));
        }
    }

    /** The units that passed leave with the order; a unit held back by a recall refuses the shipment. */
    void ship(Order order, Instant at) {
        List<AssembledUnit> ofOrder = units.findByOrderIdOrderByLineNoAscSerialAsc(order.id());
        ofOrder.stream().filter(AssembledUnit::blocked).findFirst().ifPresent(unit -> {
            throw new UnitRefused("conflict.unit.recalled", unit.serial());
        });
        ofOrder.stream().filter(AssembledUnit::passing).forEach(unit -> unit.ship(at));
        units.saveAll(ofOrder);
    }

    /** The parts the buyer supplies for each assembly-only line of the order, on the revision's frozen BOM. */
    List<PartToSupply> partsToSupply(Order order) {
        List<PartToSupply> parts = new ArrayList<>();
        for (int i = 0; i < order.lines().size(); i++) {
            OrderLine line = order.lines().get(i);
            if (line.kind() == OfferKind.ASSEMBLY_ONLY) {
                parts.addAll(PartToSupply.forLine(i, line.quantity(), order.suppliedParts(i), catalog.bom(line.revisionId())));
            }
        }
        return parts;
    }

    List<AssembledUnit> unitsOf(UUID orderId) {
        return units.findByOrderIdOrderByLineNoAscSerialAsc(orderId);
    }

    List<PartCheck> checksOf(UUID orderId) {
        return checks.findByOrderIdOrderByLineNoAscItemNoAsc(orderId);
    }
}
