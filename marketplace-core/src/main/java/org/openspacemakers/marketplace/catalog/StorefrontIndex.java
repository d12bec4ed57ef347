package org.openspacemakers.marketplace.catalog;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openspacemakers.marketplace.compliance.SaleGate;
import org.openspacemakers.marketplace.compliance.Destination;
import org.openspacemakers.marketplace.compliance.ReviewStatus;
import org.openspacemakers.marketplace.compliance.RevisionRef;
import org.springframework.stereotype.Component;

/**
 * Keeps the storefront's read side in step with the catalogue: each board's listing columns, the
 * destinations each approved offer may be sold to, as compliance last answered, and the version of
 * its product page. Called inside the transaction of every change that affects them.
 */
@Component
class StorefrontIndex {

    private final EntityManager entityManager;
    private final BoardRepository boards;
    private final RevisionRepository revisions;
    private final OfferRepository offers;
    private final SaleGate gate;
    private final PageVersions versions;
    private final Clock clock;

    StorefrontIndex(EntityManager entityManager, BoardRepository boards, RevisionRepository revisions, OfferRepository offers,
            SaleGate gate, PageVersions versions, Clock clock) {
        this.versions = versions;
        this.entityManager = entityManager;
        this.boards = boards;
        this.revisions = revisions;
        this.offers = offers;
        this.gate = gate;
        this.clock = clock;
    }

    void refresh(UUID boardId) {
        Board board = boards.findById(boardId).orElseThrow();
        List<Revision> all = revisions.findByBoardIdOrderBySequenceDesc(boardId);
        List<Revision> listed = all.stream().filter(Revision::isPublic).toList();
        List<Offer> boardOffers = offers.findByRevisionIdIn(all.stream().map(Revision::id).toList());
        Optional<Revision> current = Revision.newestApproved(listed).or(() -> listed.stream().findFirst());
        List<Offer> currentOffers = current.map(r -> boardOffers.stream().filter(o -> o.revisionId().equals(r.id())).toList())
                .orElse(List.of());
        Set<UUID> approved = listed.stream().filter(r -> r.reviewStatus() == ReviewStatus.APPROVED)
                .map(Revision::id).collect(Collectors.toSet());
        List<Offer> approvedOffers = boardOffers.stream().filter(o -> approved.contains(o.revisionId())).toList();

        boolean orderableSomewhere = replaceDestinations(board, approvedOffers);
        Instant listedAt = listed.stream().map(Revision::createdAt).min(Comparator.naturalOrder()).orElse(null);
        Long minPrice = currentOffers.stream().map(o -> o.price().amountMinor()).min(Comparator.naturalOrder()).orElse(null);
        String kinds = currentOffers.stream().map(o -> o.kind().name()).sorted().collect(Collectors.joining(","));
        board.relist(!listed.isEmpty(), listedAt, orderableSomewhere, minPrice, kinds, searchText(board, listed));
        versions.boardChanged(boardId);
    }

    /** Boards with an approved revision: what a change of the register may affect. */
    List<UUID> boardsWithApprovals() {
        return revisions.findByReviewStatus(ReviewStatus.APPROVED).stream().map(Revision::boardId).distinct().toList();
    }

    /** Whether any offer may be sold anywhere. */
    private boolean replaceDestinations(Board board, List<Offer> approvedOffers) {
        entityManager.createNativeQuery("DELETE FROM orderable_offers WHERE board_id = ?1")
                .setParameter(1, board.id().toString())
                .executeUpdate();
        Instant now = clock.instant();
        List<Object[]> rows = new ArrayList<>();
        for (Offer offer : approvedOffers) {
            for (Destination destination : gate.destinations(RevisionRef.of(offer.revisionId()), offer.kind(), now)) {
                rows.add(new Object[] {offer.id().toString(), board.id().toString(), destination.country().value(),
                        destination.buyerType().name()});
            }
        }
        if (rows.isEmpty()) {
            return false;
        }
        var insert = entityManager.createNativeQuery("INSERT INTO orderable_offers (offer_id, board_id, country, buyer_type) VALUES "
                + String.join(", ", java.util.Collections.nCopies(rows.size(), "(?, ?, ?, ?)")));
        int position = 1;
        for (Object[] row : rows) {
            for (Object value : row) {
                insert.setParameter(position++, value);
            }
        }
        insert.executeUpdate();
        return true;
    }

    private static String searchText(Board board, List<Revision> listed) {
        Set<String> parts = new TreeSet<>();
        listed.forEach(revision -> revision.bom().forEach(entry -> {
            Stream.of(entry.mpn(), entry.supplierPart(), entry.value()).filter(v -> !v.isBlank()).forEach(parts::add);
            parts.addAll(entry.alternates());
        }));
        return String.join(" ", board.name(), board.summary(), String.join(" ", board.tags()), String.join(" ", parts));
    }
}
