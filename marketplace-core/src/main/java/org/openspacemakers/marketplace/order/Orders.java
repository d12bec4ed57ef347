package org.openspacemakers.marketplace.order;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.openspacemakers.marketplace.catalog.BoardQueries;
import org.openspacemakers.marketplace.catalog.Money;
import org.openspacemakers.marketplace.catalog.OfferDetails;
import org.openspacemakers.marketplace.catalog.Team;
import org.openspacemakers.marketplace.catalog.Teams;
import org.openspacemakers.marketplace.refusal.Refusal;
import org.openspacemakers.marketplace.refusal.RefusalCode;
import org.springframework.dao.DataIntegrityViolationException;
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
    private final AssemblyQueue queue;
    private final TransactionTemplate writing;
    private final TransactionTemplate reading;
    private final Clock clock;

    Orders(OrderRepository orders, BoardQueries catalog, Teams teams, AssemblyQueue queue, PlatformTransactionManager transactions,
            Clock clock) {
        this.orders = orders;
        this.catalog = catalog;
        this.teams = teams;
        this.queue = queue;
        this.writing = new TransactionTemplate(transactions);
        // Each statement sees what other orders committed: once the team's lock is ours, its
        // queue is counted as it really is, not as it was when the transaction began.
        this.writing.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
        this.clock = clock;
    }

    /**
     * Places the order, or gives back the order this buyer already placed with the same key and
     * request. Throws {@link IdempotencyKeyReused} for the same key with another request,
     * {@link InvalidOrder} for unknown offers, {@link OrderRefused} with every reason when a line
     * may not be sold; nothing is stored then.
     */
    public Placement place(PlaceOrder request) {
        String fingerprint = request.fingerprint();
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
            try {
                return new Placement(writing.execute(status -> placeNew(request, fingerprint)), true);
            } catch (DataIntegrityViolationException | PessimisticLockingFailureException concurrentSameKey) {
                // Another request with this key got there first (or the database chose this one as a
                // deadlock victim): look again for the order it made.
                lastConflict = concurrentSameKey;
            }
        }
        throw lastConflict;
    }

    private Order placeNew(PlaceOrder request, String fingerprint) {
        Instant now = clock.instant();
        List<InvalidOrder.Problem> problems = new ArrayList<>();
        Set<Refusal> refusals = new LinkedHashSet<>();
        List<OrderLine> lines = new ArrayList<>();
        Money total = null;
        for (int i = 0; i < request.lines().size(); i++) {
            PlaceOrder.Line line = request.lines().get(i);
            Optional<OfferDetails> found = catalog.offer(line.offerId());
            if (found.isEmpty()) {
                problems.add(InvalidOrder.Problem.of("lines[" + i + "].offerId", "invalid.offer"));
                continue;
            }
            OfferDetails details = found.get();
            refusals.addAll(catalog.eligibility(details.offer(), request.destination(), request.buyerType(),
                    request.acknowledgements(), line.suppliedParts()).reasons());
            Money price = details.offer().price();
            total = total == null ? price.times(line.quantity()) : total.plus(price.times(line.quantity()));
            lines.add(new OrderLine(details.offer().id(), details.revision().id(), details.board().teamId(),
                    details.board().slug(), details.board().name(), details.revision().label(),
                    details.offer().kind(), line.quantity(), price.amountMinor()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidOrder(problems);
        }
        refusals.addAll(bookCapacity(lines));
        if (!refusals.isEmpty()) {
            throw new OrderRefused(List.copyOf(refusals));
        }
        return orders.saveAndFlush(new Order(request, fingerprint, lines, total.currency(), now));
    }

    /**
     * Locks each team's capacity (in a fixed order, so two orders never wait on each other) and
     * checks its queue has room for the boards ordered from it.
     */
    private List<Refusal> bookCapacity(List<OrderLine> lines) {
        Map<UUID, Integer> boardsByTeam = new TreeMap<>();
        lines.forEach(line -> boardsByTeam.merge(line.teamId(), line.quantity(), Integer::sum));
        List<Refusal> refusals = new ArrayList<>();
        boardsByTeam.forEach((teamId, boards) -> {
            Team team = teams.lockCapacity(teamId);
            if (!AssemblyQueue.hasRoomFor(team, queue.queuedBoards(teamId), boards)) {
                refusals.add(Refusal.of(RefusalCode.CAPACITY_EXHAUSTED, team.name()));
            }
        });
        return refusals;
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
