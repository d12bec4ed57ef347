package org.openspacemakers.marketplace.compliance.review;

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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** One entry of a review's decision log: who decided what, when and why. Never edited. */
@Entity
@Immutable
@Table(name = "review_decisions")
class ReviewDecision {

    /** What was decided. */
    enum Kind {
        /** The team handed the revision in. */
        SUBMITTED,
        /** A reviewer took it from the queue. */
        REVIEW_STARTED,
        /** A reviewer approved it within a scope. */
        APPROVED,
        /** A reviewer asked the team for changes, with comments. */
        CHANGES_REQUESTED,
        /** A reviewer refused it for good. */
        REJECTED,
        /** The approval was put on hold. */
        SUSPENDED,
        /** The approval lapsed in some countries and stands in the others. */
        COUNTRIES_SUSPENDED,
        /** A reviewer added countries to an approval or removed some from it, saying why. */
        SCOPE_AMENDED,
        /** A reviewer took a suspended approval up again. */
        REVIEW_RESUMED,
        /** A newer revision of the board was approved. */
        SUPERSEDED,
        /** The approval was withdrawn for good. */
        REVOKED
    }

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    @Column(name = "actor_id", nullable = false)
    private UUID actor;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    @Column(nullable = false)
    private int sequence;

    @Column(nullable = false, length = 2000)
    private String reason;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "review_comments", joinColumns = @JoinColumn(name = "decision_id"))
    @OrderColumn(name = "position")
    private List<ReviewComment> comments = new ArrayList<>();

    /** Approvals: the checklist items the reviewer confirmed. */
    @ElementCollection
    @org.hibernate.annotations.BatchSize(size = 50)
    @CollectionTable(name = "review_decision_checklist", joinColumns = @JoinColumn(name = "decision_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "item", length = 40)
    private java.util.Set<org.openspacemakers.marketplace.compliance.ChecklistItem> checklist = new java.util.HashSet<>();

    /** Approvals: the evidence seen, item to SHA-256. */
    @ElementCollection
    @org.hibernate.annotations.BatchSize(size = 50)
    @CollectionTable(name = "review_decision_evidence", joinColumns = @JoinColumn(name = "decision_id"))
    @jakarta.persistence.MapKeyColumn(name = "item", length = 200)
    @Column(name = "sha256", length = 64)
    private java.util.Map<String, String> evidence = new java.util.HashMap<>();

    protected ReviewDecision() {
        // for JPA
    }

    ReviewDecision(Kind kind, UUID actor, Instant decidedAt, int sequence, String reason, List<ReviewComment> comments) {
        this(kind, actor, decidedAt, sequence, reason);
        this.comments = new ArrayList<>(comments);
    }

    ReviewDecision(Kind kind, UUID actor, Instant decidedAt, int sequence, String reason) {
        this.id = UUID.randomUUID();
        this.kind = Objects.requireNonNull(kind);
        this.actor = Objects.requireNonNull(actor);
        this.decidedAt = Objects.requireNonNull(decidedAt);
        this.sequence = sequence;
        this.reason = Objects.requireNonNull(reason);
    }

    Kind kind() {
        return kind;
    }

    UUID actor() {
        return actor;
    }

    Instant decidedAt() {
        return decidedAt;
    }

    String reason() {
        return reason;
    }

    List<ReviewComment> comments() {
        return List.copyOf(comments);
    }

    /** An approval records what it saw; set once, as the decision is made. */
    ReviewDecision seeing(java.util.Set<org.openspacemakers.marketplace.compliance.ChecklistItem> confirmed,
            java.util.Map<String, String> hashes) {
        this.checklist = new java.util.HashSet<>(confirmed);
        this.evidence = new java.util.HashMap<>(hashes);
        return this;
    }

    java.util.Set<org.openspacemakers.marketplace.compliance.ChecklistItem> checklist() {
        return java.util.Set.copyOf(checklist);
    }

    java.util.Map<String, String> evidence() {
        return java.util.Map.copyOf(evidence);
    }
}
