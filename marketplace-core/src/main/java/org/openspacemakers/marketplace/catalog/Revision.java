package org.openspacemakers.marketplace.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
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

    @Column(nullable = false, length = 40)
    private String label;

    @Enumerated(EnumType.STRING)
    @Column(name = "review_status", nullable = false, length = 32)
    private ReviewStatus reviewStatus;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    /** Null until first stored: tells Spring Data to insert rather than merge; then optimistic locking. */
    @Version
    private Long version;

    protected Revision() {
        // for JPA
    }

    Revision(UUID boardId, String label, Instant createdAt) {
        if (label == null || label.isBlank() || label.length() > 40) {
            throw new IllegalArgumentException("a revision label has 1 to 40 characters");
        }
        this.id = UUID.randomUUID();
        this.boardId = boardId;
        this.label = label.strip();
        this.reviewStatus = ReviewStatus.DRAFT;
        this.createdAt = createdAt;
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

    public String label() {
        return label;
    }

    public ReviewStatus reviewStatus() {
        return reviewStatus;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
