package org.openspacemakers.marketplace.catalog;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.openspacemakers.marketplace.catalog.photo.AcceptedPhoto;
import org.openspacemakers.marketplace.compliance.BuyerType;
import org.openspacemakers.marketplace.compliance.CountryCode;
import org.openspacemakers.marketplace.compliance.RevisionRef;
import org.openspacemakers.marketplace.compliance.SaleEligibility;
import org.openspacemakers.marketplace.compliance.SaleGate;
import org.openspacemakers.marketplace.compliance.SaleRequest;
import org.openspacemakers.marketplace.compliance.SuppliedPart;
import org.openspacemakers.marketplace.storage.FileStorage;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalogue's read side: listed boards a page at a time, a board with its revisions, offers
 * and BOMs, an offer as an order needs it, published photos, and the one place the catalogue puts
 * the sale question to compliance, for product pages and orders alike.
 */
@Service
public class BoardQueries {

    private final BoardSearch search;
    private final BoardRepository boards;
    private final RevisionRepository revisions;
    private final OfferRepository offers;
    private final TeamMembership membership;
    private final SaleGate gate;
    private final EntityManager entityManager;
    private final FileStorage storage;
    private final Clock clock;

    BoardQueries(BoardSearch search, BoardRepository boards, RevisionRepository revisions, OfferRepository offers,
            TeamMembership membership, SaleGate gate, EntityManager entityManager, FileStorage storage, Clock clock) {
        this.search = search;
        this.boards = boards;
        this.revisions = revisions;
        this.offers = offers;
        this.membership = membership;
        this.gate = gate;
        this.entityManager = entityManager;
        this.storage = storage;
        this.clock = clock;
    }

    /**
     * Listed boards matching the buyer's words and filters, one page at a time: one statement,
     * outside any transaction (which would cost three more on the wire).
     */
    public BoardPage list(ListingQuery query) {
        return search.search(query);
    }

    /**
     * The statement {@link #list(ListingQuery)} runs for this query, not run: for the storefront
     * benchmark, which explains the very SQL the store sends (docs/benchmarks/storefront.md).
     */
    public ListStatement listStatement(ListingQuery query) {
        return BoardSearch.statement(query);
    }

    /** A SQL statement and its parameters, in the order of its {@code ?}s. */
    public record ListStatement(String sql, List<Object> parameters) {

        public ListStatement {
            parameters = List.copyOf(parameters);
        }
    }

    /**
     * A board with its team, its revisions (newest first), their offers and BOMs: three SQL
     * statements whatever the number of revisions, offers and BOM lines.
     */
    @Transactional(readOnly = true)
    public Optional<BoardDetails> board(String slug) {
        List<Object[]> boardAndTeam = entityManager.createQuery("""
                select b, t from Board b join Team t on t.id = b.teamId left join fetch b.tags left join fetch b.photos
                where b.slug = :slug""", Object[].class).setParameter("slug", slug).getResultList();
        if (boardAndTeam.isEmpty()) {
            return Optional.empty();
        }
        Board board = (Board) boardAndTeam.get(0)[0];
        Team team = (Team) boardAndTeam.get(0)[1];
        Map<UUID, Revision> boardRevisions = new LinkedHashMap<>();
        Map<UUID, List<Offer>> offersByRevision = new HashMap<>();
        entityManager.createQuery("""
                select r, o from Revision r left join Offer o on o.revisionId = r.id
                where r.boardId = :board order by r.sequence desc, o.kind""", Object[].class)
                .setParameter("board", board.id()).getResultList()
                .forEach(row -> {
                    Revision revision = (Revision) row[0];
                    boardRevisions.putIfAbsent(revision.id(), revision);
                    List<Offer> revisionOffers = offersByRevision.computeIfAbsent(revision.id(), id -> new ArrayList<>());
                    if (row[1] != null) {
                        revisionOffers.add((Offer) row[1]);
                    }
                });
        Map<UUID, List<BomEntry>> bomByRevision = new HashMap<>();
        entityManager.createQuery("""
                select r.id, e from Revision r join r.bom e where r.boardId = :board order by r.id, index(e)""", Object[].class)
                .setParameter("board", board.id()).getResultList()
                .forEach(row -> bomByRevision.computeIfAbsent((UUID) row[0], id -> new ArrayList<>()).add((BomEntry) row[1]));
        List<BoardDetails.RevisionOffers> listed = boardRevisions.values().stream()
                .map(r -> new BoardDetails.RevisionOffers(r, offersByRevision.getOrDefault(r.id(), List.of()),
                        bomByRevision.getOrDefault(r.id(), List.of())))
                .toList();
        return Optional.of(new BoardDetails(board, team, listed));
    }

    /** A board with everything {@link #board(String)} gives, when this person is of its team; otherwise it does not exist for them. */
    @Transactional(readOnly = true)
    public BoardDetails boardOfMember(UUID person, String slug) {
        return board(slug).filter(details -> details.team().hasMember(person)).orElseThrow(NotTeamMember::new);
    }

    /**
     * The price changes of every offer of the board, by offer, oldest first, when this person is of
     * its team; otherwise the board does not exist for them.
     */
    @Transactional(readOnly = true)
    public Map<UUID, List<PriceChange>> priceChanges(UUID person, String slug) {
        Board board = membership.board(person, slug);
        Map<UUID, List<PriceChange>> byOffer = new HashMap<>();
        entityManager.createQuery("""
                select o.id, c from Offer o join o.priceChanges c join Revision r on r.id = o.revisionId
                where r.boardId = :board order by c.sequence""", Object[].class)
                .setParameter("board", board.id()).getResultList()
                .forEach(row -> byOffer.computeIfAbsent((UUID) row[0], id -> new ArrayList<>()).add((PriceChange) row[1]));
        return byOffer;
    }

    /** An offer with the revision and board it sells. */
    @Transactional(readOnly = true)
    public Optional<OfferDetails> offer(UUID offerId) {
        return offers.findById(offerId).map(offer -> {
            Revision revision = revisions.findById(offer.revisionId()).orElseThrow();
            Board board = boards.findById(revision.boardId()).orElseThrow();
            return new OfferDetails(offer, revision, board);
        });
    }

    /** What an assembly-only buyer of the revision supplies: its BOM's lines to place. */
    @Transactional(readOnly = true)
    public List<BomEntry> partsToSupply(UUID revisionId) {
        return revisions.findById(revisionId)
                .map(revision -> revision.bom().stream().filter(line -> !line.doNotPlace()).toList()).orElse(List.of());
    }

    @Transactional(readOnly = true)
    public Optional<Revision> revision(UUID revisionId) {
        return revisions.findById(revisionId);
    }

    @Transactional(readOnly = true)
    public Optional<Board> boardOf(UUID revisionId) {
        return revisions.findById(revisionId).flatMap(r -> boards.findById(r.boardId()));
    }

    /** A revision handed in for review, with its board, the team that made it, and whether the reader is of that team. */
    public record RevisionUnderReview(Revision revision, Board board, Team team, boolean madeByReader) {
    }

    /**
     * These revisions with their boards and teams, as the review queue lists them, and whether
     * this person is of the team that made each: two statements whatever their number (the
     * teams' members are fetched in one batch). Revisions that no longer exist are left out.
     */
    @Transactional(readOnly = true)
    public Map<UUID, RevisionUnderReview> underReview(UUID reader, java.util.Collection<UUID> revisionIds) {
        if (revisionIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, RevisionUnderReview> found = new HashMap<>();
        entityManager.createQuery("""
                select r, b, t from Revision r join Board b on b.id = r.boardId join Team t on t.id = b.teamId
                where r.id in :ids""", Object[].class)
                .setParameter("ids", Set.copyOf(revisionIds)).getResultList()
                .forEach(row -> {
                    Revision revision = (Revision) row[0];
                    Team team = (Team) row[2];
                    found.put(revision.id(), new RevisionUnderReview(revision, (Board) row[1], team, team.hasMember(reader)));
                });
        return found;
    }

    /** The revision, when this person is of the team that made it; otherwise it does not exist for them. */
    @Transactional(readOnly = true)
    public Revision revisionOfMember(UUID person, UUID revisionId) {
        return membership.revision(person, revisionId);
    }

    /** Whether the person belongs to the team that made the revision. */
    @Transactional(readOnly = true)
    public boolean isAuthor(UUID person, UUID revisionId) {
        return membership.madeBy(person, RevisionRef.of(revisionId));
    }

    /** The revision's bill of materials. */
    @Transactional(readOnly = true)
    public List<BomEntry> bom(UUID revisionId) {
        return revisions.findById(revisionId).map(Revision::bom).orElse(List.of());
    }

    /**
     * A board photo's published image: its thumbnail or large rendition, a fresh JPEG without the original's metadata
     * (a phone photo may carry its GPS position). Originals are kept, never served. Empty for any other key.
     */
    @Transactional(readOnly = true)
    public Optional<StoredPhoto> photo(String key) {
        boolean published = !entityManager.createQuery(
                        "select 1 from Board b join b.photos p where p.thumbnailKey = :key or p.largeKey = :key", Integer.class)
                .setParameter("key", key).setMaxResults(1).getResultList().isEmpty();
        return published ? storage.read(key).map(bytes -> new StoredPhoto(bytes, AcceptedPhoto.Thumbnail.CONTENT_TYPE))
                : Optional.empty();
    }

    /** The bytes of a photo and their content type. */
    public record StoredPhoto(byte[] content, String contentType) {
    }

    /**
     * May this offer be sold to this country and kind of buyer now, with these acknowledgements and,
     * for an assembly-only buyer, these supplied parts? What an order asks (a product page asks its
     * {@link ProductPage}, which keeps the gate's inputs).
     */
    @Transactional(readOnly = true)
    public SaleEligibility eligibility(Offer offer, CountryCode destination, BuyerType buyerType,
            Set<String> acknowledgements, List<SuppliedPart> suppliedParts) {
        return gate.check(new SaleRequest(RevisionRef.of(offer.revisionId()), offer.kind(), destination, buyerType,
                acknowledgements, suppliedParts, clock.instant()));
    }

    /**
     * {@link #eligibility(Offer, CountryCode, BuyerType, Set, List)} for an offer of this kind of
     * this revision, as an order keeps it; {@code alreadySold} when asked again for an order placed
     * already (a revision superseded since still covers it).
     */
    @Transactional(readOnly = true)
    public SaleEligibility eligibility(UUID revisionId, org.openspacemakers.marketplace.compliance.OfferKind kind,
            CountryCode destination, BuyerType buyerType, Set<String> acknowledgements, List<SuppliedPart> suppliedParts,
            boolean alreadySold) {
        return gate.check(new SaleRequest(RevisionRef.of(revisionId), kind, destination, buyerType,
                acknowledgements, suppliedParts, clock.instant(), alreadySold));
    }

    /**
     * Takes shared locks on these revisions until the calling transaction ends, before a sale of
     * them asks the gate: a suspension or revocation of one ({@link #lockForDecision}) then waits
     * for the sale to commit and finds its order, or the sale waits for the decision and the gate
     * refuses. Locks are taken in the revisions' order, before any order's or team's.
     */
    @Transactional
    public void lockForSale(java.util.Collection<UUID> revisionIds) {
        revisions.lockForSale(new java.util.TreeSet<>(revisionIds));
    }

    /** Takes the revision's row lock until the calling transaction (a review decision) ends. */
    @Transactional
    public void lockForDecision(UUID revisionId) {
        revisions.lockForDecision(revisionId);
    }
}
