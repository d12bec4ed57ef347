package org.openspacemakers.marketplace.compliance.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A warning, given once, that an approval lapses on a coming day: shown to the team and reviewers. */
@Entity
@Table(name = "expiry_notices")
public class ExpiryNotice {

    @Id
    private UUID id;

    @Column(name = "review_id", nullable = false, updatable = false)
    private UUID reviewId;

    @Column(name = "revision_id", nullable = false, updatable = false)
    private UUID revisionId;

    @Column(name = "expires_on", nullable = false, updatable = false)
    private LocalDate expiresOn;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected ExpiryNotice() {
        // for JPA
    }

    public ExpiryNotice(UUID reviewId, UUID revisionId, LocalDate expiresOn, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.reviewId = reviewId;
        this.revisionId = revisionId;
        this.expiresOn = expiresOn;
        this.createdAt = createdAt;
    }

    public UUID revisionId() {
        return revisionId;
    }

    public LocalDate expiresOn() {
        return expiresOn;
    }
}
