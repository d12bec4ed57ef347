package org.openspacemakers.marketplace.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.openspacemakers.marketplace.refusal.InvalidInput;

/**
 * A personal access token, for scripts and CI to use the API as their owner. Only the SHA-256 of
 * the token is stored; the token itself is shown once, when it is created.
 */
@Entity
@Table(name = "access_tokens")
public class AccessToken {

    /** The longest name a token is given, in characters. */
    static final int MAX_NAME = 100;

    @Id
    private UUID id;

    @Version
    private Long version;

    @Column(name = "user_id", nullable = false, updatable = false)
    private UUID userId;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "token_hash", nullable = false, updatable = false, length = 64)
    private String tokenHash;

    /** The token's first characters, so its owner can tell tokens apart. */
    @Column(nullable = false, updatable = false, length = 16)
    private String prefix;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 16)
    private TokenScope scope;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    protected AccessToken() {
        // for JPA
    }

    AccessToken(UUID userId, String name, String tokenHash, String prefix, TokenScope scope, Instant createdAt,
            Instant expiresAt) {
        if (name == null || name.isBlank() || name.strip().length() > MAX_NAME) {
            throw new InvalidInput("name", "invalid.text", MAX_NAME);
        }
        this.id = UUID.randomUUID();
        this.userId = userId;
        this.name = name.strip();
        this.tokenHash = tokenHash;
        this.prefix = prefix;
        this.scope = scope;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }

    /** Not revoked (it may have expired: {@link #worksAt}). */
    public boolean isActive() {
        return revokedAt == null;
    }

    /** Whether the token signs its owner in at this instant: neither revoked nor expired. */
    public boolean worksAt(Instant at) {
        return revokedAt == null && at.isBefore(expiresAt);
    }

    public TokenScope scope() {
        return scope;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public UUID id() {
        return id;
    }

    public UUID userId() {
        return userId;
    }

    public String name() {
        return name;
    }

    public String prefix() {
        return prefix;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Instant> lastUsedAt() {
        return Optional.ofNullable(lastUsedAt);
    }

    public Optional<Instant> revokedAt() {
        return Optional.ofNullable(revokedAt);
    }
}
