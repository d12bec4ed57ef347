package org.openspacemakers.marketplace.catalog;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.openspacemakers.marketplace.catalog.bom.Bom;
import org.openspacemakers.marketplace.catalog.bom.BomImport;
import org.openspacemakers.marketplace.catalog.bom.BomImporter;
import org.openspacemakers.marketplace.catalog.bom.BomProblem;
import org.openspacemakers.marketplace.catalog.photo.AcceptedPhoto;
import org.openspacemakers.marketplace.catalog.photo.PhotoIntake;
import org.openspacemakers.marketplace.compliance.Dossiers;
import org.openspacemakers.marketplace.compliance.OfferKind;
import org.openspacemakers.marketplace.compliance.ReviewStatus;
import org.openspacemakers.marketplace.compliance.RevisionRef;
import org.openspacemakers.marketplace.compliance.Reviews;
import org.openspacemakers.marketplace.refusal.InvalidInput;
import org.openspacemakers.marketplace.storage.FileStorage;
import org.openspacemakers.marketplace.storage.StoredFile;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a team publishes: boards with their text and photos, revisions with their sources and BOM,
 * offers, and the hand-in of a revision to the compliance reviewers. Only the team's members may;
 * a revision changes only while it is a draft, but for the prices of its offers. Each change keeps
 * the storefront's read side in step.
 */
@Service
public class Listings {


    private final BoardRepository boards;
    private final RevisionRepository revisions;
    private final OfferRepository offers;
    private final TeamMembership membership;
    private final StorefrontIndex index;
    private final PageVersions versions;
    private final CatalogRevisions subjects;
    private final Reviews reviews;
    private final Dossiers dossiers;
    private final FileStorage storage;
    private final PhotoIntake photoIntake = new PhotoIntake();
    private final Clock clock;
    /** Above it a price is a typing mistake, and totals of orders could leave a {@code long}. */
    private final Money maxPrice;

    Listings(BoardRepository boards, RevisionRepository revisions, OfferRepository offers, TeamMembership membership,
            StorefrontIndex index, PageVersions versions, CatalogRevisions subjects, Reviews reviews, Dossiers dossiers,
            FileStorage storage, Clock clock, @Value("${marketplace.offers.max-price-euros:100000}") long maxPriceEuros) {
        this.maxPrice = Money.euros(Math.multiplyExact(maxPriceEuros, 100));
        this.boards = boards;
        this.revisions = revisions;
        this.offers = offers;
        this.versions = versions;
        this.membership = membership;
        this.index = index;
        this.subjects = subjects;
        this.reviews = reviews;
        this.dossiers = dossiers;
        this.storage = storage;
        this.clock = clock;
    }

    /** A member lists a new board for their team. */
    @Transactional
    public Board createBoard(UUID actor, String teamSlug, Slug slug, BoardText text) {
        Team team = membership.team(actor, teamSlug);
        if (boards.findBySlug(slug.value()).isPresent()) {
            throw new ListingRejected("slug", "invalid.boardExists", slug.value());
        }
        Board board = boards.save(new Board(team.id(), slug, text));
        index.refresh(board.id());
        return board;
    }

    @Transactional
    public Board describeBoard(UUID actor, String boardSlug, BoardText text) {
        Board board = membership.board(actor, boardSlug);
        board.describe(text);
        index.refresh(board.id());
        return board;
    }

    /**
     * Adds a photo to a board: checked (JPEG or PNG by content, size, dimensions), stored with a
     * thumbnail and a large rendition. Files are content-addressed, so a failed transaction leaves at most an unused file.
     */
    @Transactional
    public BoardPhoto addPhoto(UUID actor, String boardSlug, byte[] upload) {
        return addPhoto(actor, boardSlug, upload, null);
    }

    /**
     * Adds a photo with its credit (who made it, under which licence: {@link BoardPhoto#checkedCredit}),
     * shown under it on the product page. A credit refused stores nothing, not even the photo.
     */
    @Transactional
    public BoardPhoto addPhoto(UUID actor, String boardSlug, byte[] upload, String credit) {
        Board board = membership.board(actor, boardSlug);
        String checkedCredit;
        try {
            checkedCredit = BoardPhoto.checkedCredit(credit);
        } catch (ListingRejected badCredit) {
            // Every reason at once: a credit refused and a file that is no photo are both named.
            try {
                photoIntake.accept(upload);
            } catch (InvalidInput badPhoto) {
                throw new ListingRejected(Stream.concat(badCredit.problems().stream(), badPhoto.problems().stream()).toList());
            }
            throw badCredit;
        }
        AcceptedPhoto accepted = photoIntake.accept(upload);
        StoredFile original = storage.store(upload, accepted.contentType());
        StoredFile thumbnail = storage.store(accepted.thumbnail().jpeg(), AcceptedPhoto.Thumbnail.CONTENT_TYPE);
        StoredFile large = storage.store(accepted.large().jpeg(), AcceptedPhoto.Thumbnail.CONTENT_TYPE);
        BoardPhoto photo = new BoardPhoto(original.key(), thumbnail.key(), large.key(), accepted.contentType(),
                accepted.width(), accepted.height(), checkedCredit);
        board.addPhoto(photo);
        versions.boardChanged(board.id());
        return photo;
    }

    /**
     * Removes a photo of the board, named by its thumbnail's (or original's) key. The last photo of a
     * board with a revision handed in or approved stays: GPSR art. 19 asks for a picture of the
     * product, and the reviewers checked there was one. The stored files stay (content-addressed,
     * another board may show the same); the removed thumbnail is no longer served.
     */
    @Transactional
    public void removePhoto(UUID actor, String boardSlug, String key) {
        Board board = membership.board(actor, boardSlug);
        if (board.photos().size() == 1 && isPhotoKey(board, key) && pictureRequired(board)) {
            throw new ListingRejected("photo", "invalid.photo.lastOne");
        }
        if (!board.removePhoto(key)) {
            throw new ListingRejected("photo", "invalid.photo.unknown");
        }
        versions.boardChanged(board.id());
    }

    /** Moves a photo of the board by {@code offset} places (negative: towards the first, the storefront's). */
    @Transactional
    public void movePhoto(UUID actor, String boardSlug, String key, int offset) {
        Board board = membership.board(actor, boardSlug);
        if (!board.movePhoto(key, offset)) {
            throw new ListingRejected("photo", "invalid.photo.unknown");
        }
        versions.boardChanged(board.id());
    }

    /**
     * Changes the credit of a photo of the board, named by its thumbnail's (or original's) key; a
     * blank credit takes it off. A credit refused changes nothing.
     */
    @Transactional
    public void creditPhoto(UUID actor, String boardSlug, String key, String credit) {
        Board board = membership.board(actor, boardSlug);
        if (!board.creditPhoto(key, BoardPhoto.checkedCredit(credit))) {
            throw new ListingRejected("photo", "invalid.photo.unknown");
        }
        versions.boardChanged(board.id());
    }

    private static boolean isPhotoKey(Board board, String key) {
        return board.photos().stream().anyMatch(p -> p.thumbnailKey().equals(key) || p.originalKey().equals(key));
    }

    /** Whether a revision of the board was handed in (and not sent back or withdrawn from sale): it must show a picture. */
    private boolean pictureRequired(Board board) {
        return revisions.findByBoardIdOrderBySequenceDesc(board.id()).stream()
                .map(Revision::reviewStatus)
                .anyMatch(status -> status == ReviewStatus.SUBMITTED || status == ReviewStatus.IN_REVIEW
                        || status == ReviewStatus.APPROVED);
    }

    /**
     * A member starts a new draft revision of a board: a copy of the newest revision (sources, BOM,
     * offers and compliance dossier, less its declaration of conformity) when there is one, to be
     * changed before it is submitted.
     */
    @Transactional
    public Revision addRevision(UUID actor, String boardSlug, String label) {
        Board board = membership.board(actor, boardSlug);
        if (revisions.existsByBoardIdAndLabel(board.id(), label == null ? "" : label.strip())) {
            throw new ListingRejected("label", "invalid.revisionExists", label);
        }
        List<Revision> existing = revisions.findByBoardIdOrderBySequenceDesc(board.id());
        if (existing.isEmpty()) {
            return revisions.save(new Revision(board.id(), 1, label, clock.instant()));
        }
        Revision newest = existing.get(0);
        Revision next = revisions.save(newest.nextDraft(newest.sequence() + 1, label, clock.instant()));
        offers.findByRevisionIdIn(List.of(newest.id())).forEach(offer -> offers.save(offer.copyFor(next.id())));
        dossiers.startFrom(RevisionRef.of(newest.id()), RevisionRef.of(next.id()));
        return next;
    }

    @Transactional
    public Revision describeRevision(UUID actor, UUID revisionId, String sourceRef, String firmwareVersion,
            String changeNotes) {
        Revision revision = membership.revision(actor, revisionId);
        revision.describe(sourceRef, firmwareVersion, changeNotes);
        versions.boardChanged(revision.boardId());
        return revision;
    }

    /**
     * Reads a BOM file as an EDA tool exported it into a draft revision; a file that cannot be read
     * is refused with every problem and its line, and nothing is stored.
     */
    @Transactional
    public BomUpload uploadBom(UUID actor, UUID revisionId, byte[] csv) {
        Revision revision = membership.revision(actor, revisionId);
        revision.requireDraft();
        if (csv.length > BomImporter.MAX_BYTES) {
            // Callers read at most one byte past the importer's limit, so the size it would state is not the file's.
            throw new BomRefused(List.of(new BomProblem(0, "invalid.bom.tooLarge", List.of(BomImporter.MAX_BYTES / (1024 * 1024)))));
        }
        BomImport result = BomImporter.read(csv);
        if (result instanceof BomImport.Refused refused) {
            throw new BomRefused(refused.problems());
        }
        BomImport.Imported imported = (BomImport.Imported) result;
        Bom bom = imported.bom();
        revision.replaceBom(bom.lines().stream()
                .map(line -> new BomEntry(line.references(), line.value(), line.footprint(), line.quantity(),
                        line.manufacturer(), line.mpn(), line.supplier(), line.supplierPartNumber(), line.doNotPlace()))
                .toList(), bom.hash());
        versions.boardChanged(revision.boardId());
        return new BomUpload(revision, bom.lineCount(), bom.referenceCount(), bom.hash(), imported.notes());
    }

    /** Sets the MPNs accepted instead of a BOM line's own when an assembly-only buyer supplies the parts. */
    @Transactional
    public Revision acceptAlternates(UUID actor, UUID revisionId, int line, List<String> mpns) {
        Revision revision = membership.revision(actor, revisionId);
        revision.acceptAlternates(line, mpns);
        versions.boardChanged(revision.boardId());
        return revision;
    }

    /**
     * Offers the revision as this kind, or changes its offer of this kind, at no more than the
     * store's highest price. Once the revision is handed in, only the price and its breakdown may
     * change: a new kind or another VAT category is refused ({@link RevisionFrozen}) and nothing
     * changes. Each change of a price is kept with who made it and when ({@link PriceChange}); the
     * product page shows it on its next request, and an order keeps the price it was placed at.
     */
    @Transactional
    public Offer offer(UUID actor, UUID revisionId, OfferKind kind, Money price, VatCategory vatCategory,
            PriceBreakdown breakdown) {
        Revision revision = membership.revision(actor, revisionId);
        if (price.amountMinor() > maxPrice.amountMinor()) {
            throw new ListingRejected("price", "invalid.price.max", maxPrice.decimal());
        }
        Optional<Offer> existing = offers.findByRevisionIdIn(List.of(revision.id())).stream()
                .filter(o -> o.kind() == kind).findFirst();
        Offer offer;
        if (existing.isPresent()) {
            offer = existing.get();
            offer.change(revision, price, vatCategory, breakdown, actor, clock.instant());
        } else {
            offer = offers.save(revision.offer(kind, price, vatCategory, breakdown));
        }
        index.refresh(revision.boardId());
        return offer;
    }

    /** A member of the board's team hands the revision (its BOM and offers done) to the compliance reviewers. */
    @Transactional
    public void submitForReview(UUID revisionId, UUID maker) {
        Revision revision = membership.revision(maker, revisionId);
        if (revision.reviewStatus() != ReviewStatus.CHANGES_REQUESTED) {
            revision.requireDraft();
        }
        if (revision.bomHash().isEmpty()) {
            throw new ListingRejected("bom", "invalid.submit.bom");
        }
        List<Offer> offered = offers.findByRevisionIdIn(List.of(revisionId));
        if (offered.isEmpty()) {
            throw new ListingRejected("offers", "invalid.submit.offers");
        }
        if (offered.stream().anyMatch(offer -> offer.kind() == OfferKind.ASSEMBLY_ONLY)) {
            // The BOM may have come after the offer: checked again as the revision is handed in.
            revision.requireMpnsForAssemblyOnly("offers");
        }
        reviews.submit(subjects.subject(revision), maker);
    }
}
