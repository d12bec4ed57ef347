package org.openspacemakers.marketplace.catalog;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.openspacemakers.marketplace.compliance.BuyerType;
import org.openspacemakers.marketplace.compliance.Compliance;
import org.openspacemakers.marketplace.compliance.CountryCode;
import org.openspacemakers.marketplace.compliance.OfferKind;
import org.openspacemakers.marketplace.compliance.ReviewStatus;
import org.openspacemakers.marketplace.compliance.RevisionRef;
import org.openspacemakers.marketplace.compliance.SaleEligibility;
import org.openspacemakers.marketplace.compliance.SaleRequest;
import org.springframework.data.domain.Limit;
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
    private final Compliance compliance;
    private final Clock clock;

    Catalog(TeamRepository teams, BoardRepository boards, RevisionRepository revisions, OfferRepository offers,
            RevisionTeams authors, Compliance compliance, Clock clock) {
        this.teams = teams;
        this.boards = boards;
        this.revisions = revisions;
        this.offers = offers;
        this.authors = authors;
        this.compliance = compliance;
        this.clock = clock;
    }

    @Transactional
    public Team createTeam(Slug slug, String name, Collection<UUID> members) {
        Team team = new Team(slug, name);
        members.forEach(team::addMember);
        return teams.save(team);
    }

    @Transactional
    public Board createBoard(UUID teamId, Slug slug, String name, String summary, String licence, String sourceUrl) {
        teams.findById(teamId).orElseThrow(() -> new IllegalArgumentException("unknown team " + teamId));
        return boards.save(new Board(teamId, slug, name, summary, licence, sourceUrl));
    }

    @Transactional
    public Revision addRevision(UUID boardId, String label) {
        boards.findById(boardId).orElseThrow(() -> new IllegalArgumentException("unknown board " + boardId));
        if (revisions.existsByBoardIdAndLabel(boardId, label)) {
            throw new IllegalArgumentException("the board already has a revision " + label);
        }
        return revisions.save(new Revision(boardId, label, clock.instant()));
    }

    @Transactional
    public Offer addOffer(UUID revisionId, OfferKind kind, Money price, int leadTimeDays) {
        revisions.findById(revisionId).orElseThrow(() -> new IllegalArgumentException("unknown revision " + revisionId));
        return offers.save(new Offer(revisionId, kind, price, leadTimeDays));
    }

    /** A member of the board's team hands the revision to the compliance reviewers. */
    @Transactional
    public void submitForReview(UUID revisionId, UUID maker) {
        if (!isAuthor(maker, revisionId)) {
            throw new NotTeamMember();
        }
        compliance.submit(RevisionRef.of(revisionId), maker);
    }

    /**
     * May this offer be sold to this country and kind of buyer now? The one place the catalogue
     * puts the question to compliance, for product pages and orders alike.
     */
    @Transactional(readOnly = true)
    public SaleEligibility eligibility(Offer offer, CountryCode destination, BuyerType buyerType,
            Set<String> acknowledgements) {
        return compliance.eligibility(new SaleRequest(RevisionRef.of(offer.revisionId()), offer.kind(), destination,
                buyerType, acknowledgements, clock.instant()));
    }

    /** Boards listed for buyers, by slug, {@code size} at a time after the cursor. */
    @Transactional(readOnly = true)
    public BoardPage listBoards(Optional<String> query, Optional<String> cursor, int size) {
        String after = cursor.map(Catalog::decodeCursor).orElse("");
        String pattern = query.map(String::strip).filter(q -> !q.isEmpty())
                .map(q -> "%" + q.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
                .orElse(null);
        List<Board> found = boards.findListed(after, pattern, Limit.of(size + 1));
        List<Board> page = found.subList(0, Math.min(size, found.size()));
        Set<UUID> orderable = orderableBoards(page.stream().map(Board::id).toList());
        List<BoardSummary> items = page.stream()
                .map(b -> new BoardSummary(b.slug(), b.name(), b.summary(), b.licence(), b.sourceUrl(),
                        orderable.contains(b.id())))
                .toList();
        Optional<String> next = found.size() > size ? Optional.of(encodeCursor(page.get(page.size() - 1).slug()))
                : Optional.empty();
        return new BoardPage(items, next);
    }

    /** A board with its revisions (newest first) and their offers. */
    @Transactional(readOnly = true)
    public Optional<BoardDetails> board(String slug) {
        return boards.findBySlug(slug).map(board -> {
            Team team = teams.findById(board.teamId()).orElseThrow();
            List<Revision> boardRevisions = revisions.findByBoardIdOrderByCreatedAtDescLabelDesc(board.id());
            Map<UUID, List<Offer>> offersByRevision = offers
                    .findByRevisionIdIn(boardRevisions.stream().map(Revision::id).toList()).stream()
                    .sorted(Comparator.comparing(Offer::kind))
                    .collect(Collectors.groupingBy(Offer::revisionId));
            List<BoardDetails.RevisionOffers> listed = boardRevisions.stream()
                    .map(r -> new BoardDetails.RevisionOffers(r, offersByRevision.getOrDefault(r.id(), List.of())))
                    .toList();
            return new BoardDetails(board, team, listed);
        });
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
        revisions.findById(revision.id()).ifPresent(r -> r.reviewMovedTo(status));
    }

    private Set<UUID> orderableBoards(List<UUID> boardIds) {
        if (boardIds.isEmpty()) {
            return Set.of();
        }
        Map<UUID, UUID> approvedRevisionBoards = revisions.findByBoardIdIn(boardIds).stream()
                .filter(r -> r.reviewStatus() == ReviewStatus.APPROVED)
                .collect(Collectors.toMap(Revision::id, Revision::boardId));
        if (approvedRevisionBoards.isEmpty()) {
            return Set.of();
        }
        return offers.findByRevisionIdIn(approvedRevisionBoards.keySet()).stream()
                .map(offer -> approvedRevisionBoards.get(offer.revisionId()))
                .collect(Collectors.toSet());
    }

    private static String encodeCursor(String slug) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(slug.getBytes(StandardCharsets.UTF_8));
    }

    private static String decodeCursor(String cursor) {
        try {
            return Slug.of(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8)).value();
        } catch (IllegalArgumentException e) {
            throw new InvalidCursor(cursor);
        }
    }
}
