package org.openspacemakers.marketplace.order;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.openspacemakers.marketplace.catalog.Board;
import org.openspacemakers.marketplace.catalog.BoardQueries;
import org.openspacemakers.marketplace.catalog.Revision;
import org.openspacemakers.marketplace.compliance.ReviewState;
import org.openspacemakers.marketplace.compliance.ReviewStatus;
import org.openspacemakers.marketplace.compliance.Reviews;
import org.openspacemakers.marketplace.compliance.RevisionRef;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recalls of revoked revisions: opened by the revocation itself ({@link RecallListener}), read by
 * reviewers and administrators, and by an order's viewers for that order's notice.
 */
@Service
public class Recalls {

    private final RecallRepository recalls;
    private final AssembledUnitRepository units;
    private final BoardQueries catalog;
    private final Reviews reviews;
    private final EntityManager entityManager;
    private final Clock clock;

    Recalls(RecallRepository recalls, AssembledUnitRepository units, BoardQueries catalog, Reviews reviews,
            EntityManager entityManager, Clock clock) {
        this.recalls = recalls;
        this.units = units;
        this.catalog = catalog;
        this.reviews = reviews;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /**
     * Opens the recall of a revoked revision, in the revocation's transaction (once: a recall already
     * open is given back). Locks are taken in the store's one order: the revision's (the decision
     * holds it), every order with a line of it, then its units; so a unit recorded concurrently is
     * either committed before and listed here, or waits and finds its order on hold. Every unit is
     * listed and, unless it shipped, blocked; the buyer of each order with units gets a notice
     * ({@link RecallNoticeIssued}) in the order's language.
     */
    @Transactional
    public Recall open(UUID revisionId) {
        Optional<Recall> open = recalls.findByRevisionId(revisionId);
        if (open.isPresent()) {
            return open.get();
        }
        catalog.lockForDecision(revisionId);
        Map<UUID, Order> ordersById = new LinkedHashMap<>();
        entityManager.createQuery("""
                        select o from Order o where o.id in
                        (select o2.id from Order o2 join o2.lines l where l.revisionId = :revision) order by o.id""", Order.class)
                .setParameter("revision", revisionId).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList()
                .forEach(order -> ordersById.put(order.id(), order));
        List<AssembledUnit> recalled = units.lockByRevision(revisionId);
        Revision revision = catalog.revision(revisionId).orElseThrow();
        Board board = catalog.boardOf(revisionId).orElseThrow();
        Optional<ReviewState.Decision> revocation = reviews.review(RevisionRef.of(revisionId))
                .flatMap(state -> state.decisions().stream()
                        .filter(decision -> decision.kind().equals(ReviewStatus.REVOKED.name()))
                        .reduce((first, second) -> second));
        Recall recall = new Recall(revisionId, board.slug(), board.name(), revision.label(), revision.bomHash().orElse(""),
                revocation.map(ReviewState.Decision::reason).orElse(""), clock.instant(),
                revocation.map(ReviewState.Decision::actor).orElse(null));
        Map<UUID, Recall.LastTest> lastTests = lastTests(recalled);
        Map<UUID, List<AssembledUnit>> byOrder = new LinkedHashMap<>();
        for (AssembledUnit unit : recalled) {
            recall.cover(unit, lastTests.get(unit.id()));
            byOrder.computeIfAbsent(unit.orderId(), id -> new java.util.ArrayList<>()).add(unit);
        }
        units.saveAll(recalled);
        byOrder.forEach((orderId, ofOrder) -> recall.notify(ordersById.get(orderId), ofOrder));
        return recalls.saveAndFlush(recall);
    }

    /**
     * Each unit's last test, read with a locking read: the revocation's transaction may have taken
     * its snapshot before a unit recorded concurrently committed, and a plain read (such as the one
     * loading the unit's tests) would not see that unit's test.
     */
    @SuppressWarnings("unchecked")
    private Map<UUID, Recall.LastTest> lastTests(List<AssembledUnit> recalled) {
        Map<UUID, Recall.LastTest> last = new java.util.HashMap<>();
        if (recalled.isEmpty()) {
            return last;
        }
        List<Object[]> rows = entityManager.createNativeQuery("""
                        SELECT unit_id, result, firmware_version FROM order_unit_tests WHERE unit_id IN (?1)
                        ORDER BY unit_id, position FOR UPDATE""")
                .setParameter(1, recalled.stream().map(unit -> unit.id().toString()).toList()).getResultList();
        for (Object[] row : rows) {
            last.put(UUID.fromString((String) row[0]), new Recall.LastTest(
                    UnitTest.Result.valueOf((String) row[1]), (String) row[2]));
        }
        return last;
    }

    /** Every recall, newest first. */
    @Transactional(readOnly = true)
    public List<Recall> all() {
        return recalls.findAllByOrderByOpenedAtDescIdAsc();
    }

    @Transactional(readOnly = true)
    public Optional<Recall> byId(UUID recallId) {
        return recalls.findById(recallId);
    }

    /** The recall of a revision, if its approval was revoked. */
    @Transactional(readOnly = true)
    public Optional<Recall> ofRevision(UUID revisionId) {
        return recalls.findByRevisionId(revisionId);
    }

    /** The recalls with a notice to this order's buyer (an order its viewer may see: {@link Orders#findForViewer}). */
    @Transactional(readOnly = true)
    public List<Recall> of(Order order) {
        return recalls.findByOrder(order.id());
    }
}
