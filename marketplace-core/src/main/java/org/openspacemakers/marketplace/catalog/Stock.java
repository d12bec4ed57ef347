package org.openspacemakers.marketplace.catalog;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.openspacemakers.marketplace.compliance.OfferKind;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assembled boards a team holds on its shelf for a full-kit offer. An offer with a stock (even of
 * none) is sold from it only, one board per unit ordered, and books no assembly slot; an offer
 * without one is made to order. Every change is a conditional update of the offer's row, so the
 * count never goes below zero whatever runs at once, on any node (and the table's check refuses
 * it besides).
 *
 * <p>Orders take the offers' rows in the store's one order of locks: after the revisions' shared
 * locks and the order's own, before the teams' ({@link #lock}, in the offers' id order).
 */
@Component
public class Stock {

    /** The most boards one change adds or takes off, and the most a shelf holds. */
    public static final int MAX_BOARDS = 10_000;

    private final EntityManager entityManager;
    private final OfferRepository offers;
    private final TeamMembership membership;

    Stock(EntityManager entityManager, OfferRepository offers, TeamMembership membership) {
        this.entityManager = entityManager;
        this.offers = offers;
        this.membership = membership;
    }

    /**
     * Reads the shelves of these offers: the boards on it for each offer sold from stock, whose row
     * is then locked until the calling transaction ends (in the offers' ids' order), and read again
     * under the lock; an offer made to order is not in the answer, and its row is not locked (so
     * that orders of it, serialised by their team's lock, do not queue on the offer's row too). An
     * offer the team turns to stock at this very moment is sold to order this once, which books a
     * slot and oversells nothing.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Map<UUID, Integer> lock(Collection<UUID> offerIds) {
        Map<UUID, Integer> shelves = new TreeMap<>();
        for (UUID offerId : offerIds.stream().distinct().sorted(Comparator.comparing(UUID::toString)).toList()) {
            if (shelf(offerId, "").isPresent()) {
                shelf(offerId, " FOR UPDATE").ifPresent(boards -> shelves.put(offerId, boards));
            }
        }
        return shelves;
    }

    private Optional<Integer> shelf(UUID offerId, String lock) {
        List<?> stock = entityManager.createNativeQuery("SELECT stock FROM offers WHERE id = ?1" + lock)
                .setParameter(1, offerId.toString()).getResultList();
        return stock.isEmpty() || stock.get(0) == null ? Optional.empty() : Optional.of(((Number) stock.get(0)).intValue());
    }

    /**
     * Takes boards off the shelves, each offer's row locked by {@link #lock} in this transaction and
     * found to hold enough: the update is conditional all the same, and one that finds too few
     * fails rather than sells what is not there.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void take(Map<UUID, Integer> boardsByOffer) {
        boardsByOffer.forEach((offerId, boards) -> {
            int taken = entityManager.createNativeQuery("UPDATE offers SET stock = stock - ?1 WHERE id = ?2 AND stock >= ?1")
                    .setParameter(1, boards).setParameter(2, offerId.toString()).executeUpdate();
            if (taken != 1) {
                throw new IllegalStateException("The shelf of offer " + offerId + " holds fewer than " + boards + " boards");
            }
            shelfChanged(offerId);
        });
    }

    /**
     * Puts boards that were taken for an order back on their shelves (the order's reservation
     * ended before it shipped). An offer made to order since keeps none: the team counts those
     * boards again when it sells from stock once more.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void putBack(Map<UUID, Integer> boardsByOffer) {
        boardsByOffer.forEach((offerId, boards) -> {
            if (entityManager.createNativeQuery("UPDATE offers SET stock = LEAST(stock + ?1, ?3) WHERE id = ?2 AND stock IS NOT NULL")
                    .setParameter(1, boards).setParameter(2, offerId.toString()).setParameter(3, MAX_BOARDS)
                    .executeUpdate() == 1) {
                shelfChanged(offerId);
            }
        });
    }

    /**
     * Raises the stock version of the offer's board ({@code board_stock_versions}), after the
     * offer's row changed in this transaction: the product page reads the shelves again on its
     * next request, on every node. Only this row is written (never the board's), so two orders of
     * a board's offers wait on each other here and on nothing else.
     */
    private void shelfChanged(UUID offerId) {
        entityManager.createNativeQuery("INSERT INTO board_stock_versions (board_id, version)"
                        + " SELECT r.board_id, 1 FROM offers o JOIN revisions r ON r.id = o.revision_id WHERE o.id = ?1"
                        + " ON DUPLICATE KEY UPDATE board_stock_versions.version = board_stock_versions.version + 1")
                .setParameter(1, offerId.toString()).executeUpdate();
    }

    /**
     * A member of the board's team puts assembled boards on the offer's shelf (a positive number)
     * or takes some off (a negative one: damaged, given away). The first boards put on a shelf make
     * a made-to-order offer sold from stock. Only a full kit is stocked (an assembly-only board is
     * built from its buyer's parts); a shelf never holds fewer than none nor more than
     * {@value #MAX_BOARDS}; refused with the field {@code boards}, and nothing changes.
     */
    @Transactional
    public Offer change(UUID actor, UUID offerId, int boards) {
        Offer offer = stocked(actor, offerId);
        if (boards == 0 || Math.abs(boards) > MAX_BOARDS) {
            throw new ListingRejected("boards", "invalid.stock.boards", MAX_BOARDS);
        }
        int changed = entityManager.createNativeQuery("UPDATE offers SET stock = COALESCE(stock, 0) + ?1"
                        + " WHERE id = ?2 AND COALESCE(stock, 0) + ?1 BETWEEN 0 AND ?3")
                .setParameter(1, boards).setParameter(2, offerId.toString()).setParameter(3, MAX_BOARDS).executeUpdate();
        if (changed != 1) {
            throw new ListingRejected("boards", boards < 0 ? "invalid.stock.tooFew" : "invalid.stock.tooMany", MAX_BOARDS);
        }
        shelfChanged(offerId);
        return reread(offer);
    }

    /**
     * The team goes back to assembling the offer's boards to order: only once its shelf is empty
     * (the boards on it are sold or taken off first), else refused with the field {@code boards}.
     */
    @Transactional
    public Offer madeToOrder(UUID actor, UUID offerId) {
        Offer offer = stocked(actor, offerId);
        int changed = entityManager.createNativeQuery("UPDATE offers SET stock = NULL WHERE id = ?1 AND (stock = 0 OR stock IS NULL)")
                .setParameter(1, offerId.toString()).executeUpdate();
        if (changed != 1) {
            throw new ListingRejected("boards", "invalid.stock.notEmpty");
        }
        shelfChanged(offerId);
        return reread(offer);
    }

    /** The offer, when the person belongs to its board's team and it is a full kit. */
    private Offer stocked(UUID actor, UUID offerId) {
        Offer offer = offers.findById(offerId).orElseThrow(NotTeamMember::new);
        membership.revision(actor, offer.revisionId());
        if (offer.kind() != OfferKind.FULL_KIT) {
            throw new ListingRejected("boards", "invalid.stock.kind");
        }
        return offer;
    }

    /** The offer as the update left it (the update went around the persistence context). */
    private Offer reread(Offer offer) {
        entityManager.flush();
        entityManager.refresh(offer);
        return offer;
    }
}
