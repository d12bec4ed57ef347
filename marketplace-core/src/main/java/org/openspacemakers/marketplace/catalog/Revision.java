package org.openspacemakers.marketplace.catalog;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openspacemakers.marketplace.compliance.OfferKind;
import org.openspacemakers.marketplace.compliance.ReviewStatus;

/**
 * One hardware revision of a board. Its review status is a copy kept in step with compliance's
 * events, so that lists never ask compliance board by board.
 */
@Entity
@Table(name = "revisions")
public class Revision {

    @Id
    private UUID id;

    @Column(name = "board_id", nullable = false, updatable = false)
    private UUID boardId;

    /** 1 for a board's first revision, then one more for each: the order revisions were made in. */
    @Column(nullable = false, updatable = false)
    private int sequence;

    @Column(nullable = false, length = 40)
    private String label;

    @Enumerated(EnumType.STRING)
    @Column(name = "review_status", nullable = false, length = 32)
    private ReviewStatus reviewStatus;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    /** The release tag or commit of the design repository this revision was made from. */
    @Column(name = "source_ref", nullable = false, length = 100)
    private String sourceRef = "";

    @Column(name = "firmware_version", nullable = false, length = 40)
    private String firmwareVersion = "";

    @Column(name = "change_notes", nullable = false, length = 4000)
    private String changeNotes = "";

    /** Identifies the parts list for compliance: the same parts give the same hash. */
    @Column(name = "bom_hash", length = 64)
    private String bomHash;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "bom_lines", joinColumns = @JoinColumn(name = "revision_id"))
    @OrderColumn(name = "position")
    private List<BomEntry> bom = new ArrayList<>();

    /** Null until first stored: tells Spring Data to insert rather than merge; then optimistic locking. */
    @Version
    private Long version;

    protected Revision() {
        // for JPA
    }

    Revision(UUID boardId, int sequence, String label, Instant createdAt) {
        if (label == null || label.isBlank() || label.length() > 40) {
            throw new ListingRejected("label", "invalid.text", 40);
        }
        this.id = UUID.randomUUID();
        this.boardId = boardId;
        this.sequence = sequence;
        this.label = label.strip();
        this.reviewStatus = ReviewStatus.DRAFT;
        this.createdAt = createdAt;
    }

    /** A new draft revision of the same board, starting from this one's sources and parts. */
    Revision nextDraft(int sequence, String label, Instant at) {
        Revision next = new Revision(boardId, sequence, label, at);
        next.sourceRef = sourceRef;
        next.firmwareVersion = firmwareVersion;
        next.bomHash = bomHash;
        bom.forEach(entry -> next.bom.add(entry.copy()));
        return next;
    }

    /** Where the revision comes from. Only while it is a draft: a submitted revision is frozen. */
    void describe(String sourceRef, String firmwareVersion, String changeNotes) {
        requireDraft();
        this.sourceRef = limited(sourceRef, 100, "sourceRef");
        this.firmwareVersion = limited(firmwareVersion, 40, "firmwareVersion");
        this.changeNotes = limited(changeNotes, 4000, "changeNotes");
    }

    /** Replaces the bill of materials. Only while the revision is a draft. */
    void replaceBom(List<BomEntry> entries, String hash) {
        requireDraft();
        if (entries.isEmpty() || hash == null || hash.length() != 64) {
            throw new IllegalArgumentException("a BOM has lines and a SHA-256 hash");
        }
        bom.clear();
        bom.addAll(entries);
        this.bomHash = hash;
    }

    /**
     * Sets the MPNs accepted instead of a line's own when a buyer supplies the parts. Only while a
     * draft, as the BOM they belong to: the approval covers the parts a buyer may supply.
     */
    void acceptAlternates(int line, List<String> mpns) {
        if (!isDraft()) {
            throw RevisionFrozen.alternates(label, line + 1);
        }
        if (line < 0 || line >= bom.size()) {
            throw new ListingRejected("line", "invalid.bomLine", line + 1);
        }
        bom.get(line).acceptAlternates(mpns);
    }

    /**
     * A new offer of this revision, while its offers are open ({@link #offersOpen()}): once it is
     * handed in, the kinds it is offered as are those the reviewer approves, so none is added.
     */
    Offer offer(OfferKind kind, Money price, VatCategory vatCategory, PriceBreakdown breakdown) {
        if (!offersOpen()) {
            throw RevisionFrozen.offerAdded(label, kind);
        }
        if (kind == OfferKind.ASSEMBLY_ONLY) {
            requireMpnsForAssemblyOnly("kind");
        }
        return new Offer(id, kind, price, vatCategory, breakdown);
    }

    /**
     * Refuses, naming the field given, a BOM with a placed line that has no manufacturer part
     * number: an assembly-only buyer supplies the parts, and could not be told which, nor the gate
     * check what they send (COMPLIANCE-DOMAIN.md, "Assembly-only versus full kit").
     */
    void requireMpnsForAssemblyOnly(String field) {
        List<String> unnamed = bom.stream().filter(line -> !line.doNotPlace() && line.mpn().isBlank())
                .map(line -> String.join(" ", line.references())).toList();
        if (!unnamed.isEmpty()) {
            String named = String.join("; ", unnamed.subList(0, Math.min(5, unnamed.size())))
                    + (unnamed.size() > 5 ? " (+" + (unnamed.size() - 5) + ")" : "");
            throw new ListingRejected(field, "invalid.assemblyOnly.mpn", named);
        }
    }

    /**
     * Whether its offers may still be added to and change their VAT category: while it is a draft, or
     * when the reviewer asked for changes, as its compliance dossier. A price may change at any time.
     */
    public boolean offersOpen() {
        return reviewStatus == ReviewStatus.DRAFT || reviewStatus == ReviewStatus.CHANGES_REQUESTED;
    }

    /** Whether buyers may see the revision: once handed in for review; drafts are the team's own. */
    public boolean isPublic() {
        return !isDraft();
    }

    /** The newest approved revision among these, given newest first: the one a product page sells and states. */
    public static Optional<Revision> newestApproved(List<Revision> newestFirst) {
        return newestFirst.stream().filter(r -> r.reviewStatus == ReviewStatus.APPROVED).findFirst();
    }

    boolean isDraft() {
        return reviewStatus == ReviewStatus.DRAFT;
    }

    void requireDraft() {
        if (!isDraft()) {
            throw new RevisionFrozen(label);
        }
    }

    /** Follows compliance: the review of this revision moved on. */
    void reviewMovedTo(ReviewStatus status) {
        this.reviewStatus = status;
    }

    public UUID id() {
        return id;
    }

    public UUID boardId() {
        return boardId;
    }

    public int sequence() {
        return sequence;
    }

    public String label() {
        return label;
    }

    public ReviewStatus reviewStatus() {
        return reviewStatus;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String sourceRef() {
        return sourceRef;
    }

    public String firmwareVersion() {
        return firmwareVersion;
    }

    public String changeNotes() {
        return changeNotes;
    }

    public Optional<String> bomHash() {
        return Optional.ofNullable(bomHash);
    }

    /** The bill of materials; read inside a transaction (it loads lazily). */
    public List<BomEntry> bom() {
        return List.copyOf(bom);
    }

    private static String limited(String value, int max, String field) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.length() > max) {
            throw new ListingRejected(field, "invalid.tooLong", max);
        }
        return stripped;
    }
}
