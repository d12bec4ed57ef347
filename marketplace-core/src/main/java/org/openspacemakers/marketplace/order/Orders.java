package org.openspacemakers.marketplace.order;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.openspacemakers.marketplace.catalog.BoardQueries;
import org.openspacemakers.marketplace.catalog.Money;
import org.openspacemakers.marketplace.catalog.OfferDetails;
import org.openspacemakers.marketplace.catalog.Revision;
import org.openspacemakers.marketplace.catalog.Team;
import org.openspacemakers.marketplace.catalog.Teams;
import org.openspacemakers.marketplace.compliance.BuyerType;
import org.openspacemakers.marketplace.compliance.OfferKind;
import org.openspacemakers.marketplace.compliance.SuppliedPart;
import org.openspacemakers.marketplace.compliance.VatNumber;
import org.openspacemakers.marketplace.compliance.VatNumberCheck;
import org.openspacemakers.marketplace.compliance.VatVerification;
import org.openspacemakers.marketplace.refusal.Refusal;
import org.openspacemakers.marketplace.refusal.RefusalCode;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The orders module's API. Placing an order asks the compliance gate for every line; the same
 * idempotency key never makes two orders, because the database's unique key on (buyer, key)
 * decides between concurrent requests, not a lock in this process.
 */
@Service
public class Orders {

    private static final int ATTEMPTS = 5;

    private final OrderRepository orders;
    private final BoardQueries catalog;
    private final Teams teams;
    private final PlacementWaits waits;
    private final TransactionTemplate writing;
    private final TransactionTemplate reading;
    private final VatNumberCheck vatNumbers;
    private final Clock clock;

    Orders(OrderRepository orders, BoardQueries catalog, Teams teams, PlacementWaits waits,
            PlatformTransactionManager transactions, VatNumberCheck vatNumbers, Clock clock) {
        this.orders = orders;
        this.vatNumbers = vatNumbers;
        this.catalog = catalog;
        this.teams = teams;
        this.waits = waits;
        this.writing = new TransactionTemplate(transactions);
        // Each statement sees what other orders committed: once the team's lock is ours, its
        // queue is read as it really is, not as it was when the transaction began.
        this.writing.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
        this.clock = clock;
    }

    /**
     * Places the order, or gives back the order this buyer already placed with the same key and
     * request. Throws {@link IdempotencyKeyReused} for the same key with another request,
     * {@link InvalidOrder} for unknown offers, {@link OrderRefused} with every reason when a line
     * may not be sold, {@link PlacementBusy} when it waited too long for its turn or a team's lock;
     * nothing is stored then.
     *
     * <p>The offers are read and the gate asked first, in a read-only transaction of their own;
     * only the booking then takes the teams' locks, so a team stays locked just long enough to
     * read and add to its queue and store the order, and its waits are bounded ({@link PlacementWaits}).
     */
    public Placement place(PlaceOrder request) {
        String fingerprint = request.fingerprint();
        Checked checked = null;
        RuntimeException lastConflict = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            Optional<Order> existing = reading.execute(
                    status -> orders.findByBuyerIdAndIdempotencyKey(request.buyer(), request.idempotencyKey()));
            if (existing.isPresent()) {
                if (!existing.get().answers(fingerprint)) {
                    throw new IdempotencyKeyReused();
                }
                return new Placement(existing.get(), false);
            }
            if (checked == null) {
                // VIES is asked outside any transaction, once, and only for an order not placed yet.
                VatVerification verification = request.company() == null ? null
                        : vatNumbers.check(request.company().vatNumber());
                checked = reading.execute(status -> check(request, verification));
            }
            try {
                return new Placement(book(request, fingerprint, checked), true);
            } catch (DataIntegrityViolationException | PessimisticLockingFailureException concurrentSameKey) {
                // Another request with this key got there first (or the database chose this one as a
                // deadlock victim): look again for the order it made.
                lastConflict = concurrentSameKey;
            }
        }
        throw lastConflict;
    }

    /** The order's lines as the catalogue prices them now, its total, and VIES's answer for a professional. */
    private record Checked(List<OrderLine> lines, List<SuppliedPartRecord> suppliedParts, Money total,
            VatVerification verification) {
    }

    /**
     * Reads each line's offer and asks the gate about it, for the buyer as VIES sees them: a
     * professional whose VAT number it did not confirm is a consumer (and refused as a
     * professional); one it could not answer about is taken as a professional while the order
     * waits for its answer. An order the gate refuses is refused here, with a full team's refusal
     * too, counted without the lock since nothing will be stored.
     */
    private Checked check(PlaceOrder request, VatVerification verification) {
        List<InvalidOrder.Problem> problems = new ArrayList<>();
        Set<Refusal> refusals = new LinkedHashSet<>();
        BuyerType buyerType = request.buyerType();
        if (verification != null && verification.outcome() == VatVerification.Outcome.INVALID) {
            refusals.add(Refusal.of(RefusalCode.PROFESSIONAL_NOT_VERIFIED, verification.number()));
            buyerType = BuyerType.CONSUMER;
        }
        List<OrderLine> lines = new ArrayList<>();
        List<SuppliedPartRecord> suppliedParts = new ArrayList<>();
        Money total = null;
        for (int i = 0; i < request.lines().size(); i++) {
            PlaceOrder.Line line = request.lines().get(i);
            Optional<OfferDetails> found = catalog.offer(line.offerId());
            if (found.isEmpty()) {
                problems.add(InvalidOrder.Problem.of("lines[" + i + "].offerId", "invalid.offer"));
                continue;
            }
            OfferDetails details = found.get();
            refusals.addAll(catalog.eligibility(details.offer(), request.destination(), buyerType,
                    request.acknowledgements(), line.suppliedParts()).reasons());
            Money price = details.offer().price();
            total = total == null ? price.times(line.quantity()) : total.plus(price.times(line.quantity()));
            lines.add(new OrderLine(details.offer().id(), details.revision().id(), details.board().teamId(),
                    details.board().slug(), details.board().name(), details.revision().label(),
                    details.offer().kind(), line.quantity(), price.amountMinor()));
            if (details.offer().kind() == OfferKind.ASSEMBLY_ONLY) {
                suppliedParts.addAll(supplied(i, line.suppliedParts(), details.revision()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidOrder(problems);
        }
        if (!refusals.isEmpty()) {
            refusals.addAll(capacity(lines, teamId -> teams.byId(teamId).orElseThrow()));
            throw new OrderRefused(List.copyOf(refusals));
        }
        return new Checked(List.copyOf(lines), List.copyOf(suppliedParts), total, verification);
    }

    /**
     * What the workshop will receive for an assembly-only line: the parts the buyer declared, and
     * for every placed BOM line none of whose references they named, the approved BOM's part.
     */
    private static List<SuppliedPartRecord> supplied(int lineNo, List<SuppliedPart> declared, Revision revision) {
        List<SuppliedPartRecord> parts = new ArrayList<>();
        declared.forEach(part -> parts.add(new SuppliedPartRecord(lineNo, part.reference(), part.mpn())));
        Set<String> named = declared.stream().map(SuppliedPart::reference).collect(Collectors.toSet());
        revision.bom().stream()
                .filter(entry -> !entry.doNotPlace() && entry.references().stream().noneMatch(named::contains))
                .forEach(entry -> parts.add(new SuppliedPartRecord(lineNo, String.join(" ", entry.references()), entry.mpn())));
        return parts;
    }

    /** Books in one of the turns, in a READ COMMITTED transaction whose lock waits are bounded. */
    private Order book(PlaceOrder request, String fingerprint, Checked checked) {
        return waits.inTurn(() -> writing.execute(
                status -> waits.withLockWaitsBounded(() -> lockAndStore(request, fingerprint, checked))));
    }

    /** Books each team's capacity under its lock, and stores the order when every team has room. */
    private Order lockAndStore(PlaceOrder request, String fingerprint, Checked checked) {
        List<Refusal> refusals = capacity(checked.lines(), teams::lockCapacity);
        if (!refusals.isEmpty()) {
            throw new OrderRefused(refusals);
        }
        boardsByTeam(checked.lines()).forEach(teams::queue);
        return orders.saveAndFlush(new Order(request, fingerprint, checked.lines(), checked.suppliedParts(),
                checked.total().currency(), clock.instant(), checked.verification()));
    }

    /**
     * Checks each team's queue has room for the boards ordered from it, the team read as given:
     * locked when booking (in a fixed order, so two orders never wait on each other).
     */
    private List<Refusal> capacity(List<OrderLine> lines, Function<UUID, Team> team) {
        List<Refusal> refusals = new ArrayList<>();
        boardsByTeam(lines).forEach((teamId, boards) -> {
            Team current = team.apply(teamId);
            if (!AssemblyQueue.hasRoomFor(current, current.queuedBoards(), boards)) {
                refusals.add(Refusal.of(RefusalCode.CAPACITY_EXHAUSTED, current.name()));
            }
        });
        return refusals;
    }

    /** The boards ordered from each team, in the teams' order (the order their locks are taken in). */
    private static Map<UUID, Integer> boardsByTeam(List<OrderLine> lines) {
        Map<UUID, Integer> boardsByTeam = new TreeMap<>();
        lines.forEach(line -> boardsByTeam.merge(line.teamId(), line.quantity(), Integer::sum));
        return boardsByTeam;
    }

    /**
     * Asks VIES again about every order waiting for it, oldest first, with this check: a confirmed
     * number lets the order await payment, a refused one cancels it and gives its boards back to
     * the teams, in the transaction that stores it. Each order is asked outside any transaction and
     * changed only if it still waits (another node may have got there first). Returns how many
     * orders stopped waiting.
     */
    public int verifyWaiting(VatNumberCheck check) {
        int answered = 0;
        for (Order waiting : reading.execute(status -> orders.findByStatusOrderByPlacedAt(OrderStatus.AWAITING_VERIFICATION))) {
            VatNumber number = VatNumber.parse(waiting.professional().orElseThrow().vatNumber()).orElseThrow();
            VatVerification answer = check.check(number);
            try {
                Boolean changed = writing.execute(status -> orders.findById(waiting.id())
                        .filter(order -> order.verify(answer))
                        .map(order -> {
                            if (order.status() == OrderStatus.CANCELLED) {
                                boardsByTeam(order.lines()).forEach((team, boards) -> teams.queue(team, -boards));
                            }
                            orders.saveAndFlush(order);
                            return order.status() != OrderStatus.AWAITING_VERIFICATION;
                        }).orElse(false));
                answered += Boolean.TRUE.equals(changed) ? 1 : 0;
            } catch (OptimisticLockingFailureException answeredElsewhere) {
                // Another node stored an answer for this order first: its transaction, not this one, counts.
            }
        }
        return answered;
    }

    /** {@link #verifyWaiting(VatNumberCheck)} with the configured check of VAT numbers. */
    public int verifyWaiting() {
        return verifyWaiting(vatNumbers);
    }

    /**
     * The order as this person may see it: its buyer, an administrator, or a member of a team
     * whose board is in it. Anyone else gets nothing, as if it did not exist.
     */
    @Transactional(readOnly = true)
    public Optional<Order> findForViewer(UUID orderId, UUID viewer, boolean administrator) {
        return orders.findById(orderId).filter(order -> administrator
                || order.buyerId().equals(viewer)
                || teams.isMemberOfAny(viewer, order.teams()));
    }

    @Transactional(readOnly = true)
    public List<Order> placedBy(UUID buyer) {
        return orders.findByBuyerIdOrderByPlacedAtDesc(buyer);
    }

    /** Open orders with boards of this team, oldest first: the team's fulfilment queue. */
    @Transactional(readOnly = true)
    public List<Order> waitingFor(UUID teamId) {
        return orders.findWaitingFor(teamId, AssemblyQueue.OPEN);
    }

    @Transactional(readOnly = true)
    public long count() {
        return orders.count();
    }
}
