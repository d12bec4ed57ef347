package org.openspacemakers.marketplace.catalog;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.openspacemakers.marketplace.catalog.bom.Bom;
import org.openspacemakers.marketplace.catalog.photo.AcceptedPhoto;
import org.openspacemakers.marketplace.catalog.photo.PhotoIntake;
import org.openspacemakers.marketplace.catalog.bom.BomImport;
import org.openspacemakers.marketplace.catalog.bom.BomImporter;
import org.openspacemakers.marketplace.catalog.bom.BomNote;
import org.openspacemakers.marketplace.compliance.BuyerType;
import org.openspacemakers.marketplace.compliance.Compliance;
import org.openspacemakers.marketplace.compliance.CountryCode;
import org.openspacemakers.marketplace.compliance.OfferKind;
import org.openspacemakers.marketplace.compliance.ReviewStatus;
import org.openspacemakers.marketplace.compliance.RevisionRef;
import org.openspacemakers.marketplace.compliance.RevisionSubject;
import org.openspacemakers.marketplace.compliance.SaleEligibility;
import org.openspacemakers.marketplace.compliance.SaleRequest;
import org.openspacemakers.marketplace.storage.FileStorage;
import org.openspacemakers.marketplace.storage.StoredFile;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The catalogue's API: teams publish boards, revisions and offers; buyers list and read them. */
@Service
public class Catalog {

    private final TeamRepository teams;
    private final BoardRepository boards;
    private final RevisionRepository revisions;
    private final OfferRepository offers;
    private final RevisionTeams authors;
    private final Listings listings;
    private final BoardSearch search;
    private final Compliance compliance;
    private final EntityManager entityManager;
    private final FileStorage storage;
    private final PhotoIntake photoIntake = new PhotoIntake();
    private final Clock clock;

    Catalog(TeamRepository teams, BoardRepository boards, RevisionRepository revisions, OfferRepository offers,
            RevisionTeams authors, Listings listings, BoardSearch search, Compliance compliance, EntityManager entityManager, FileStorage storage, Clock clock) {
        this.teams = teams;
        this.boards = boards;
        this.revisions = revisions;
        this.offers = offers;
        this.authors = authors;
        this.listings = listings;
        this.search = search;
        this.compliance = compliance;
        this.entityManager = entityManager;
        this.storage = storage;
        this.clock = clock;
    }

    /** An administrator creates a team with its first members. */
    @Transactional
    public Team createTeam(Slug slug, String name, Collection<UUID> members) {
        if (teams.findBySlug(slug.value()).isPresent()) {
            throw new ListingRejected("slug", "a team " + slug.value() + " exists already");
        }
        Team team = new Team(slug, name);
        members.forEach(team::addMember);
        return teams.save(team);
    }

    /** An administrator adds a maker to a team. */
    @Transactional
    public Team addMember(String teamSlug, UUID maker) {
        Team team = teams.findBySlug(teamSlug).orElseThrow(NotTeamMember::new);
        team.addMember(maker);
        return team;
    }

    /**
     * Locks the team's capacity until the calling transaction ends, so that orders booking it
     * are taken one after another, on any node.
     */
    @Transactional
    public Team lockCapacity(UUID teamId) {
        return teams.lockById(teamId).orElseThrow(NotTeamMember::new);
    }

    @Transactional(readOnly = true)
    public Optional<Team> teamById(UUID teamId) {
        return teams.findById(teamId);
    }

    @Transactional(readOnly = true)
    public Optional<Team> team(String slug) {
        return teams.findBySlug(slug);
    }

    /** The slugs of a team's boards, by name. */
    @Transactional(readOnly = true)
    public List<String> boardsOf(UUID teamId) {
        return boards.findByTeamIdOrderByName(teamId).stream().map(Board::slug).toList();
    }

    @Transactional(readOnly = true)
    public List<Team> allTeams() {
        return teams.findAll(org.springframework.data.domain.Sort.by("name"));
    }

    /** The teams this person belongs to. */
    @Transactional(readOnly = true)
    public List<Team> teamsOf(UUID person) {
        return teams.findByMember(person);
    }

    @Transactional
    public Team changeCapacity(UUID actor, String teamSlug, int weeklyCapacity, int horizonWeeks) {
        Team team = memberTeam(actor, teamSlug);
        team.changeCapacity(weeklyCapacity, horizonWeeks);
        return team;
    }

    @Transactional
    public Team moveWorkshop(UUID actor, String teamSlug, String address) {
        Team team = memberTeam(actor, teamSlug);
        team.moveWorkshop(address);
        return team;
    }

    /** A member lists a new board for their team. */
    @Transactional
    public Board createBoard(UUID actor, String teamSlug, Slug slug, BoardText text) {
        Team team = memberTeam(actor, teamSlug);
        if (boards.findBySlug(slug.value()).isPresent()) {
            throw new ListingRejected("slug", "a board " + slug.value() + " exists already");
        }
        Board board = boards.save(new Board(team.id(), slug, text));
        listings.refresh(board.id());
        return board;
    }

    @Transactional
    public Board describeBoard(UUID actor, String boardSlug, BoardText text) {
        Board board = memberBoard(actor, boardSlug);
        board.describe(text);
        listings.refresh(board.id());
        return board;
    }

    /**
     * A member starts a new draft revision of a board: a copy of the newest revision (sources,
     * BOM and offers) when there is one, to be changed before it is submitted.
     */
    @Transactional
    public Revision addRevision(UUID actor, String boardSlug, String label) {
        Board board = memberBoard(actor, boardSlug);
        if (revisions.existsByBoardIdAndLabel(board.id(), label == null ? "" : label.strip())) {
            throw new ListingRejected("label", "the board already has a revision " + label);
        }
        List<Revision> existing = revisions.findByBoardIdOrderBySequenceDesc(board.id());
        if (existing.isEmpty()) {
            return revisions.save(new Revision(board.id(), 1, label, clock.instant()));
        }
        Revision newest = existing.get(0);
        Revision next = revisions.save(newest.nextDraft(newest.sequence() + 1, label, clock.instant()));
        offers.findByRevisionIdIn(List.of(newest.id())).forEach(offer -> offers.save(offer.copyFor(next.id())));
        compliance.startDossierFrom(RevisionRef.of(newest.id()), RevisionRef.of(next.id()));
        return next;
    }

    @Transactional
    public Revision describeRevision(UUID actor, UUID revisionId, String sourceRef, String firmwareVersion,
            String changeNotes) {
        Revision revision = memberRevision(actor, revisionId);
        revision.describe(sourceRef, firmwareVersion, changeNotes);
        return revision;
    }

    /**
     * Reads a BOM file as an EDA tool exported it into a draft revision; a file that cannot be read
     * is refused with every problem and its line, and nothing is stored.
     */
    @Transactional
    public BomUpload uploadBom(UUID actor, UUID revisionId, byte[] csv) {
        Revision revision = memberRevision(actor, revisionId);
        revision.requireDraft();
        BomImport result = BomImporter.read(csv);
        if (result instanceof BomImport.Refused refused) {
            throw new BomRefused(refused.problems().stream().map(p -> new BomRefused.Problem(p.line(), p.reason())).toList());
        }
        BomImport.Imported imported = (BomImport.Imported) result;
        Bom bom = imported.bom();
        revision.replaceBom(bom.lines().stream()
                .map(line -> new BomEntry(line.references(), line.value(), line.footprint(), line.quantity(),
                        line.manufacturer(), line.mpn(), line.supplier(), line.supplierPartNumber(), line.doNotPlace()))
                .toList(), bom.hash());
        return new BomUpload(revision, bom.lineCount(), bom.referenceCount(), bom.hash(),
                imported.notes().stream().map(BomNote::toString).toList());
    }

    /** Replaces a draft revision's bill of materials (parsed and checked by the BOM importer). */
    @Transactional
    public Revision replaceBom(UUID actor, UUID revisionId, List<BomEntry> entries, String hash) {
        Revision revision = memberRevision(actor, revisionId);
        revision.replaceBom(entries, hash);
        return revision;
    }

    @Transactional
    public Revision acceptAlternates(UUID actor, UUID revisionId, int line, List<String> mpns) {
        Revision revision = memberRevision(actor, revisionId);
        revision.acceptAlternates(line, mpns);
        return revision;
    }

    /**
     * Adds a photo to a board: checked (JPEG or PNG by content, size, dimensions), stored with a
     * thumbnail. Files are content-addressed, so a failed transaction leaves at most an unused file.
     */
    @Transactional
    public BoardPhoto addPhoto(UUID actor, String boardSlug, byte[] upload) {
        Board board = memberBoard(actor, boardSlug);
        AcceptedPhoto accepted = photoIntake.accept(upload);
        StoredFile original = storage.store(upload, accepted.contentType());
        StoredFile thumbnail = storage.store(accepted.thumbnail().jpeg(), AcceptedPhoto.Thumbnail.CONTENT_TYPE);
        BoardPhoto photo = new BoardPhoto(original.key(), thumbnail.key(), accepted.contentType(), accepted.width(),
                accepted.height());
        board.addPhoto(photo);
        return photo;
    }

    /**
     * A board photo's published image: its thumbnail, a fresh JPEG without the original's metadata
     * (a phone photo may carry its GPS position). Originals are kept, never served. Empty for any other key.
     */
    @Transactional(readOnly = true)
    public Optional<StoredPhoto> photoFile(String key) {
        boolean published = !entityManager.createQuery(
                        "select 1 from Board b join b.photos p where p.thumbnailKey = :key", Integer.class)
                .setParameter("key", key).setMaxResults(1).getResultList().isEmpty();
        return published ? storage.read(key).map(bytes -> new StoredPhoto(bytes, AcceptedPhoto.Thumbnail.CONTENT_TYPE))
                : Optional.empty();
    }

    /** The bytes of a photo and their content type. */
    public record StoredPhoto(byte[] content, String contentType) {
    }

    /** Creates or reprices the revision's offer of this kind. */
    @Transactional
    public Offer offer(UUID actor, UUID revisionId, OfferKind kind, Money price, VatCategory vatCategory,
            PriceBreakdown breakdown) {
        Revision revision = memberRevision(actor, revisionId);
        Optional<Offer> existing = offers.findByRevisionIdIn(List.of(revision.id())).stream()
                .filter(o -> o.kind() == kind).findFirst();
        Offer offer;
        if (existing.isPresent()) {
            offer = existing.get();
            offer.reprice(price, vatCategory, breakdown);
        } else {
            offer = offers.save(new Offer(revision.id(), kind, price, vatCategory, breakdown));
        }
        listings.refresh(revision.boardId());
        return offer;
    }

    /** The revision's bill of materials. */
    @Transactional(readOnly = true)
    public List<BomEntry> bom(UUID revisionId) {
        return revisions.findById(revisionId).map(Revision::bom).orElse(List.of());
    }

    /** A member of the board's team hands the revision to the compliance reviewers. */
    @Transactional
    public void submitForReview(UUID revisionId, UUID maker) {
        Revision revision = memberRevision(maker, revisionId);
        if (revision.reviewStatus() != ReviewStatus.CHANGES_REQUESTED) {
            revision.requireDraft();
        }
        if (revision.bomHash().isEmpty()) {
            throw new ListingRejected("bom", "upload the revision's BOM before submitting it");
        }
        if (offers.findByRevisionIdIn(List.of(revisionId)).isEmpty()) {
            throw new ListingRejected("offers", "offer the revision (full kit or assembly-only) before submitting it");
        }
        compliance.submit(subject(revision), maker);
    }

    /**
     * The revision as compliance knows it: board, label, BOM hash, firmware and BOM lines (what a
     * dossier covers, and freezes on submission).
     */
    @Transactional(readOnly = true)
    public Optional<RevisionSubject> revisionSubject(UUID revisionId) {
        return revisions.findById(revisionId).map(this::subject);
    }

    private RevisionSubject subject(Revision revision) {
        Board board = boards.findById(revision.boardId()).orElseThrow();
        return new RevisionSubject(RevisionRef.of(revision.id()), board.name(), revision.label(),
                revision.bomHash().orElse(""), revision.firmwareVersion(),
                revision.bom().stream()
                        .map(line -> new RevisionSubject.BomLine(String.join(" ", line.references()), line.manufacturer(),
                                line.mpn(), line.alternates(), line.doNotPlace()))
                        .toList());
    }

    /**
     * May this offer be sold to this country and kind of buyer now? The one place the catalogue
     * puts the question to compliance, for product pages and orders alike.
     */
    @Transactional(readOnly = true)
    public SaleEligibility eligibility(Offer offer, CountryCode destination, BuyerType buyerType,
            Set<String> acknowledgements) {
        return eligibility(offer, destination, buyerType, acknowledgements, List.of());
    }

    /** The same, for an assembly-only buyer declaring the parts they will supply. */
    @Transactional(readOnly = true)
    public SaleEligibility eligibility(Offer offer, CountryCode destination, BuyerType buyerType,
            Set<String> acknowledgements, List<org.openspacemakers.marketplace.compliance.SuppliedPart> suppliedParts) {
        return compliance.eligibility(new SaleRequest(RevisionRef.of(offer.revisionId()), offer.kind(), destination,
                buyerType, acknowledgements, suppliedParts, clock.instant()));
    }

    /** The gate's answers for several offers at once, in their order (one product page: constant queries). */
    @Transactional(readOnly = true)
    public List<SaleEligibility> eligibilities(List<Offer> offers, CountryCode destination, BuyerType buyerType,
            Set<String> acknowledgements) {
        var at = clock.instant();
        return compliance.eligibilities(offers.stream()
                .map(offer -> new SaleRequest(RevisionRef.of(offer.revisionId()), offer.kind(), destination, buyerType,
                        acknowledgements, at))
                .toList());
    }

    /** Listed boards matching the buyer's words and filters, one page at a time. */
    @Transactional(readOnly = true)
    public BoardPage listBoards(ListingQuery query) {
        return search.search(query);
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

    @Transactional(readOnly = true)
    public Optional<OfferDetails> offer(UUID offerId) {
        return offers.findById(offerId).map(offer -> {
            Revision revision = revisions.findById(offer.revisionId()).orElseThrow();
            Board board = boards.findById(revision.boardId()).orElseThrow();
            return new OfferDetails(offer, revision, board);
        });
    }

    @Transactional(readOnly = true)
    public Optional<Revision> revision(UUID revisionId) {
        return revisions.findById(revisionId);
    }

    @Transactional(readOnly = true)
    public Optional<Board> boardOf(UUID revisionId) {
        return revisions.findById(revisionId).flatMap(r -> boards.findById(r.boardId()));
    }

    /** Whether the person belongs to the team that made the revision. */
    @Transactional(readOnly = true)
    public boolean isAuthor(UUID person, UUID revisionId) {
        return authors.includes(person, RevisionRef.of(revisionId));
    }

    @Transactional(readOnly = true)
    public boolean isMemberOfAny(UUID person, Collection<UUID> teamIds) {
        return !teamIds.isEmpty() && teams.anyHasMember(teamIds, person);
    }

    /** Follows compliance: keeps the revision's copy of its review status in step. */
    @Transactional
    void reviewMoved(RevisionRef revision, ReviewStatus status) {
        revisions.findById(revision.id()).ifPresent(r -> {
            r.reviewMovedTo(status);
            if (status == ReviewStatus.APPROVED) {
                // A newer approved revision supersedes the older ones for new orders.
                revisions.findByBoardIdOrderBySequenceDesc(r.boardId()).stream()
                        .filter(older -> older.reviewStatus() == ReviewStatus.APPROVED && older.sequence() < r.sequence())
                        .forEach(older -> compliance.supersede(RevisionRef.of(older.id()), revision));
            }
            listings.refresh(r.boardId());
        });
    }

    /** Follows compliance: a country's WEEE registration changed, so may where approved boards sell. */
    @Transactional
    void registerChanged() {
        listings.boardsWithApprovals().forEach(listings::refresh);
    }

    private Team memberTeam(UUID actor, String teamSlug) {
        return teams.findBySlug(teamSlug).filter(team -> team.hasMember(actor)).orElseThrow(NotTeamMember::new);
    }

    private Board memberBoard(UUID actor, String boardSlug) {
        return boards.findBySlug(boardSlug)
                .filter(board -> teams.findById(board.teamId()).map(team -> team.hasMember(actor)).orElse(false))
                .orElseThrow(NotTeamMember::new);
    }

    private Revision memberRevision(UUID actor, UUID revisionId) {
        return revisions.findById(revisionId)
                .filter(revision -> authors.includes(actor, RevisionRef.of(revision.id())))
                .orElseThrow(NotTeamMember::new);
    }

}
