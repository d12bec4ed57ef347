package org.openspacemakers.marketplace.order;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.openspacemakers.marketplace.catalog.BoardQueries;
import org.openspacemakers.marketplace.catalog.Revision;
import org.openspacemakers.marketplace.catalog.Teams;
import org.openspacemakers.marketplace.refusal.InvalidInput;
import org.openspacemakers.marketplace.refusal.NotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A team's fulfilment records, unit by unit and part by part: the assembled units with their serial
 * numbers and functional tests, and the checklist of the parts an assembly-only buyer had delivered
 * to the workshop. Each change takes the order's lock first (as its moves do, {@link Orders}), so
 * the records and the order's status never disagree, and only a member of the team of the line (or
 * an administrator) makes it; anyone else is told the order does not exist.
 */
@Service
public class Fulfilment {

    private final Orders orders;
    private final OrderRepository orderRepository;
    private final FulfilmentRecords records;
    private final AssembledUnitRepository units;
    private final PartCheckRepository checks;
    private final SerialNumbers serials;
    private final BoardQueries catalog;
    private final Teams teams;
    private final TransactionTemplate writing;
    private final TransactionTemplate reading;
    private final Clock clock;

    Fulfilment(Orders orders, OrderRepository orderRepository, FulfilmentRecords records, AssembledUnitRepository units,
            PartCheckRepository checks, SerialNumbers serials, BoardQueries catalog, Teams teams,
            PlatformTransactionManager transactions, Clock clock) {
        this.orders = orders;
        this.orderRepository = orderRepository;
        this.records = records;
        this.units = units;
        this.checks = checks;
        this.serials = serials;
        this.catalog = catalog;
        this.teams = teams;
        this.writing = new TransactionTemplate(transactions);
        // Under the order's lock, every statement sees what was committed before it was granted.
        this.writing.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
        this.clock = clock;
    }

    // ---- Units ---------------------------------------------------------------------------------

    /**
     * Records a unit the team assembled for a line of an order IN_ASSEMBLY, with its first functional
     * test: it gets the next serial number of its board and revision, the revision's BOM hash, and the
     * member as its assembler. Refused with {@code lineNo} named for a line that is not the member's
     * team's, {@code INVALID_STATE} out of assembly or for a passing unit the line no longer needs.
     */
    public AssembledUnit recordUnit(UUID orderId, int lineNo, UnitTestEntry test, Orders.Actor member) {
        return writing.execute(status -> {
            Order order = orders.lock(orderId);
            orders.requireTeam(order, member);
            OrderLine line = teamLine(order, lineNo, member);
            if (order.status() != OrderStatus.IN_ASSEMBLY) {
                throw new OrderTransitionRefused(order.status(), "recordUnit");
            }
            if (test.result() == UnitTest.Result.PASSED) {
                requireRoomForPassing(order, lineNo, line);
            }
            String bomHash = catalog.revision(line.revisionId()).flatMap(Revision::bomHash).orElse("");
            String serial = serials.next(SerialNumbers.prefix(line.boardSlug(), line.revisionLabel()));
            return units.saveAndFlush(new AssembledUnit(serial, order.id(), lineNo, line, bomHash, member.id(),
                    clock.instant(), test));
        });
    }

    /**
     * Records another functional test of a unit of an order IN_ASSEMBLY (after a rework, or another
     * firmware): its result counts from now. {@link NotFound} for a serial not of this order.
     */
    public AssembledUnit retestUnit(UUID orderId, String serial, UnitTestEntry test, Orders.Actor member) {
        return writing.execute(status -> {
            Order order = orders.lock(orderId);
            orders.requireTeam(order, member);
            AssembledUnit unit = units.findBySerial(serial).filter(found -> found.orderId().equals(order.id()))
                    .orElseThrow(NotFound::new);
            OrderLine line = teamLine(order, unit.lineNo(), member);
            if (order.status() != OrderStatus.IN_ASSEMBLY) {
                throw new OrderTransitionRefused(order.status(), "recordUnit");
            }
            if (test.result() == UnitTest.Result.PASSED && !unit.passing()) {
                requireRoomForPassing(order, unit.lineNo(), line);
            }
            unit.test(test, member.id(), clock.instant());
            return units.saveAndFlush(unit);
        });
    }

    /** A line no board of which is left without a passing unit takes no more passing units: one board, one unit that ships. */
    private void requireRoomForPassing(Order order, int lineNo, OrderLine line) {
        long passing = units.findByOrderIdOrderByLineNoAscSerialAsc(order.id()).stream()
                .filter(unit -> unit.lineNo() == lineNo && unit.passing()).count();
        if (passing >= line.quantity()) {
            throw new UnitRefused("conflict.unit.enoughPassed", line.quantity(), line.boardName());
        }
    }

    /** The order's line of this number, when the member may work on it (a member of its team, or an administrator). */
    private OrderLine teamLine(Order order, int lineNo, Orders.Actor member) {
        if (lineNo < 0 || lineNo >= order.lines().size()) {
            throw new InvalidInput("lineNo", "invalid.orderLine", order.lines().size());
        }
        OrderLine line = order.lines().get(lineNo);
        if (!member.administrator() && !teams.isMemberOfAny(member.id(), Set.of(line.teamId()))) {
            throw new InvalidInput("lineNo", "invalid.orderLine", order.lines().size());
        }
        return line;
    }

    /** The units assembled for an order its viewer may see ({@link Orders#findForViewer}), by line and serial. */
    public List<AssembledUnit> unitsOf(Order order) {
        return reading.execute(status -> records.unitsOf(order.id()));
    }

    /** A unit by its serial number, for the order it belongs to (a viewer's order: {@link Orders#findForViewer}). */
    public Optional<AssembledUnit> unit(Order order, String serial) {
        return reading.execute(status -> units.findBySerial(serial).filter(unit -> unit.orderId().equals(order.id())));
    }

    // ---- Assembly-only parts --------------------------------------------------------------------

    /** The parts the buyer supplies for an order its viewer may see, on the frozen BOM: the parts file's rows. */
    public List<PartToSupply> partsToSupply(Order order) {
        return reading.execute(status -> records.partsToSupply(order));
    }

    /** One part of the checklist: what is expected, and the team's latest tick of it (none yet: not ticked). */
    public record ChecklistRow(PartToSupply part, Optional<PartCheck> check) {

        /** Whether the part was ticked received. */
        public boolean received() {
            return check.map(c -> c.status() == PartCheck.Status.RECEIVED).orElse(false);
        }
    }

    /** The checklist of an order its viewer may see: every part the buyer supplies, with its latest tick. */
    public List<ChecklistRow> checklist(Order order) {
        return reading.execute(status -> {
            Map<String, PartCheck> ticked = records.checksOf(order.id()).stream()
                    .collect(Collectors.toMap(check -> check.lineNo() + ":" + check.itemNo(), Function.identity()));
            return records.partsToSupply(order).stream()
                    .map(part -> new ChecklistRow(part, Optional.ofNullable(ticked.get(part.lineNo() + ":" + part.itemNo()))))
                    .toList();
        });
    }

    /**
     * The team ticks parts of an assembly-only order AWAITING_PARTS against the checklist (some or
     * all of them, as parcels arrive). Each tick replaces the part's previous one. A part found missing
     * or wrong is recorded with its note, in the timeline too, and the buyer is told
     * ({@link PartsProblemFound}); once every part is ticked received, the order moves to
     * PARTS_RECEIVED. A tick the same as the part's last one changes nothing (a form sent again
     * tells the buyer nothing twice). Refused naming the field ({@code parts[i]...}) for a part not on the list (or of
     * another team's line), a tick given twice, a text too long, or an MPN received that the BOM does
     * not accept there ticked as received; nothing is stored then.
     */
    public Order checkParts(UUID orderId, List<PartTick> ticks, Orders.Actor member) {
        return writing.execute(status -> {
            Order order = orders.lock(orderId);
            orders.requireTeam(order, member);
            if (order.status() != OrderStatus.AWAITING_PARTS) {
                throw new OrderTransitionRefused(order.status(), "checkParts");
            }
            Map<String, PartToSupply> parts = records.partsToSupply(order).stream()
                    .collect(Collectors.toMap(part -> part.lineNo() + ":" + part.itemNo(), Function.identity()));
            validate(order, ticks, parts, member);
            Map<String, PartCheck> existing = records.checksOf(order.id()).stream()
                    .collect(Collectors.toMap(check -> check.lineNo() + ":" + check.itemNo(), Function.identity()));
            Instant now = clock.instant();
            List<PartsProblemFound.Problem> problems = new ArrayList<>();
            for (PartTick tick : ticks) {
                String key = tick.lineNo() + ":" + tick.itemNo();
                PartToSupply part = parts.get(key);
                PartCheck known = existing.get(key);
                if (known != null && known.sameAs(tick)) {
                    continue;
                }
                PartCheck check = existing.computeIfAbsent(key, k -> new PartCheck(order.id(), part));
                check.tick(tick.status(), tick.receivedMpn(), tick.note(), member.id(), now);
                checks.save(check);
                if (tick.status() != PartCheck.Status.RECEIVED) {
                    problems.add(new PartsProblemFound.Problem(part.lineNo(), part.referenceText(), part.mpn(),
                            tick.status(), tick.receivedMpn(), tick.note()));
                }
            }
            checks.flush();
            if (!problems.isEmpty()) {
                order.partsProblem(problems, now, member.id());
            }
            boolean allReceived = parts.keySet().stream().allMatch(key -> existing.containsKey(key)
                    && existing.get(key).status() == PartCheck.Status.RECEIVED);
            if (allReceived) {
                order.receiveParts(now, member.id(), "");
            }
            return orderRepository.saveAndFlush(order);
        });
    }

    private void validate(Order order, List<PartTick> ticks, Map<String, PartToSupply> parts, Orders.Actor member) {
        List<InvalidInput.Problem> problems = new ArrayList<>();
        if (ticks.isEmpty()) {
            problems.add(InvalidInput.Problem.of("parts", "invalid.required"));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < ticks.size(); i++) {
            PartTick tick = ticks.get(i);
            String field = "parts[" + i + "]";
            PartToSupply part = parts.get(tick.lineNo() + ":" + tick.itemNo());
            boolean theirs = part != null && (member.administrator()
                    || teams.isMemberOfAny(member.id(), Set.of(order.lines().get(part.lineNo()).teamId())));
            if (!theirs || !seen.add(tick.lineNo() + ":" + tick.itemNo())) {
                problems.add(InvalidInput.Problem.of(field + ".itemNo", "invalid.part"));
                continue;
            }
            if (tick.status() == null) {
                problems.add(InvalidInput.Problem.of(field + ".status", "invalid.value"));
            }
            if (tick.receivedMpn().length() > PartCheck.MAX_MPN_LENGTH) {
                problems.add(InvalidInput.Problem.of(field + ".receivedMpn", "invalid.tooLong", PartCheck.MAX_MPN_LENGTH));
            } else if (tick.status() == PartCheck.Status.RECEIVED && !tick.receivedMpn().isEmpty()
                    && !part.accepts(tick.receivedMpn())) {
                problems.add(InvalidInput.Problem.of(field + ".receivedMpn", "invalid.partNotAccepted",
                        String.join(", ", part.accepted())));
            }
            if (tick.note().length() > PartCheck.MAX_NOTE_LENGTH) {
                problems.add(InvalidInput.Problem.of(field + ".note", "invalid.tooLong", PartCheck.MAX_NOTE_LENGTH));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }
}
