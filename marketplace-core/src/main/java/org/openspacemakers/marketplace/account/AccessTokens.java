package org.openspacemakers.marketplace.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openspacemakers.marketplace.refusal.InvalidInput;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal access tokens: created and revoked by their owner, checked on each API request.
 * Tokens carry 256 random bits, so a fast SHA-256 is enough to store them (no password hash needed).
 */
@Service
public class AccessTokens {

    static final String PREFIX = "osm_";
    private static final SecureRandom RANDOM = new SecureRandom();
    /** How precisely a token's last use is kept: the owner sees which tokens are in use, not each call. */
    static final Duration USE_NOTED_EVERY = Duration.ofMinutes(1);

    /** A token just created: the only moment its value is known. */
    public record Created(AccessToken token, String value) {
    }

    /** A token's owner and what the token lets them do. */
    public record Bearer(User owner, TokenScope scope) {
    }

    /** How long a token works unless its owner says otherwise, and the longest it may. */
    public static final int DEFAULT_DAYS = 90;
    public static final int MAX_DAYS = 365;

    private final AccessTokenRepository tokens;
    private final UserRepository users;
    private final SecurityEvents events;
    private final Clock clock;

    AccessTokens(AccessTokenRepository tokens, UserRepository users, SecurityEvents events, Clock clock) {
        this.tokens = tokens;
        this.users = users;
        this.events = events;
        this.clock = clock;
    }

    /** A token with every right of its owner, for {@value #DEFAULT_DAYS} days. */
    @Transactional
    public Created create(UUID owner, String name) {
        return create(owner, name, TokenScope.FULL, DEFAULT_DAYS);
    }

    /** A token of this scope, working for so many days (1 to {@value #MAX_DAYS}, else refused naming {@code days}). */
    @Transactional
    public Created create(UUID owner, String name, TokenScope scope, int days) {
        if (days < 1 || days > MAX_DAYS) {
            throw new InvalidInput("days", "invalid.token.days", MAX_DAYS);
        }
        if (scope == null) {
            throw new InvalidInput("scope", "invalid.required");
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String value = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant();
        AccessToken token = tokens.save(new AccessToken(owner, name, hash(value), value.substring(0, 12), scope, now,
                now.plus(Duration.ofDays(days))));
        events.record(SecurityEvents.Kind.TOKEN_CREATED, owner, emailOf(owner), null,
                token.prefix() + "… " + scope + ", " + days + " days");
        return new Created(token, value);
    }

    @Transactional(readOnly = true)
    public List<AccessToken> of(UUID owner) {
        return tokens.findByUserIdOrderByCreatedAtDesc(owner);
    }

    /** Revokes one of the owner's tokens; another person's token is left alone (and reported absent). */
    @Transactional
    public boolean revoke(UUID owner, UUID tokenId) {
        return tokens.findById(tokenId).filter(t -> t.userId().equals(owner)).map(t -> {
            t.revoke(clock.instant());
            events.record(SecurityEvents.Kind.TOKEN_REVOKED, owner, emailOf(owner), null, t.prefix() + "…");
            return true;
        }).orElse(false);
    }

    /** Revokes every working token of the person (their account is being disabled, in the caller's transaction). */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public int revokeAllOf(UUID owner) {
        return tokens.revokeAllOf(owner, clock.instant());
    }

    /** Deletes every token of the person, revoked ones too (their account is being erased, in the caller's transaction). */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    int deleteAllOf(UUID owner) {
        return tokens.deleteAllOf(owner);
    }

    private String emailOf(UUID owner) {
        return users.findById(owner).map(User::email).orElse(null);
    }

    /** The owner of a working token and its scope, noting its use; empty for an unknown, revoked or expired token. */
    @Transactional
    public Optional<Bearer> authenticate(String value) {
        if (value == null || !value.startsWith(PREFIX) || value.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return tokens.findByTokenHash(hash(value)).filter(token -> token.worksAt(now)).flatMap(token -> {
            tokens.noteUse(token.id(), now, now.minus(USE_NOTED_EVERY));
            return users.findById(token.userId()).filter(owner -> !owner.isDisabled()).map(owner -> new Bearer(owner, token.scope()));
        });
    }

    private static String hash(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
