package org.openspacemakers.marketplace.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-time tokens mailed to a person: 256 random bits, URL-safe, of which only the SHA-256 is kept.
 * A token works once, for {@link #LIFETIME}, and a newer token of the same purpose for the same
 * person replaces the older ones. Using one is a single conditional update, so that two uses in
 * parallel give exactly one success. Every method runs in its caller's transaction.
 */
@Component
class AccountTokens {

    /** How long a mailed token works. */
    static final Duration LIFETIME = Duration.ofHours(1);
    private static final SecureRandom RANDOM = new SecureRandom();
    /** 32 bytes in URL-safe base64 without padding. */
    private static final String SHAPE = "[A-Za-z0-9_-]{43}";

    /** What a token is for. */
    enum Purpose {
        /** Shows the person reads mail at their account's address. */
        VERIFY_EMAIL,
        /** Lets the person choose a new password without the old one. */
        RESET_PASSWORD,
        /** Moves the account to a new address, once the person shows they read mail there. */
        CHANGE_EMAIL
    }

    /** A token that was just used: whose, for what, and the new address of a CHANGE_EMAIL token. */
    record Used(UUID userId, Purpose purpose, Optional<String> newEmail) {
    }

    private final JdbcTemplate jdbc;

    AccountTokens(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A new token, replacing the person's unused ones of the same purpose; its value is known only now. */
    @Transactional(propagation = Propagation.MANDATORY)
    String issue(Purpose purpose, UUID userId, String newEmail, Instant now) {
        jdbc.update("UPDATE account_tokens SET used_at = ? WHERE user_id = ? AND purpose = ? AND used_at IS NULL",
                utc(now), userId.toString(), purpose.name());
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String value = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        jdbc.update("""
                INSERT INTO account_tokens (token_hash, purpose, user_id, new_email, created_at, expires_at)
                VALUES (?, ?, ?, ?, ?, ?)""",
                hash(value), purpose.name(), userId.toString(), newEmail, utc(now), utc(now.plus(LIFETIME)));
        return value;
    }

    /** The addresses the person asked to move to, followed or not (each was mailed a link). */
    @Transactional(propagation = Propagation.MANDATORY)
    java.util.List<String> newEmailsOf(UUID userId) {
        return jdbc.queryForList("SELECT DISTINCT new_email FROM account_tokens WHERE user_id = ? AND new_email IS NOT NULL",
                String.class, userId.toString());
    }

    /** Deletes the tokens that stopped working before that instant (used, replaced or expired alike); how many. */
    @Transactional(propagation = Propagation.MANDATORY)
    int forgetEndedBefore(Instant before) {
        return jdbc.update("DELETE FROM account_tokens WHERE expires_at < ? OR used_at < ?", utc(before), utc(before));
    }

    /** Deletes every token of the person (their account is being erased). */
    @Transactional(propagation = Propagation.MANDATORY)
    int deleteAllOf(UUID userId) {
        return jdbc.update("DELETE FROM account_tokens WHERE user_id = ?", userId.toString());
    }

    /** How many tokens of that purpose the person was given since then, used or not. */
    @Transactional(propagation = Propagation.MANDATORY)
    int issuedSince(Purpose purpose, UUID userId, Instant since) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM account_tokens WHERE user_id = ? AND purpose = ? AND created_at >= ?",
                Integer.class, userId.toString(), purpose.name(), utc(since));
    }

    /**
     * What the token would do if used now, without using it: empty when it is unknown, of another
     * purpose, used, replaced or expired.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    Optional<Used> peek(String value, Instant now, Purpose... purposes) {
        return find(value, now, false, purposes);
    }

    /**
     * Uses the token: what it was for, or empty when it is unknown, of another purpose, used,
     * replaced or expired. Of two uses at once, one only gets it (the update is conditional, and the
     * second waits for the first's row lock, then finds the token used).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    Optional<Used> use(String value, Instant now, Purpose... purposes) {
        return find(value, now, true, purposes);
    }

    private Optional<Used> find(String value, Instant now, boolean using, Purpose... purposes) {
        if (value == null || !value.matches(SHAPE)) {
            return Optional.empty();
        }
        byte[] key = hash(value);
        Optional<Used> token = jdbc.query("""
                SELECT user_id, purpose, new_email FROM account_tokens
                WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?""",
                (row, i) -> new Used(UUID.fromString(row.getString("user_id")), Purpose.valueOf(row.getString("purpose")),
                        Optional.ofNullable(row.getString("new_email"))), key, utc(now)).stream().findFirst()
                .filter(found -> java.util.List.of(purposes).contains(found.purpose()));
        if (token.isEmpty() || !using) {
            return token;
        }
        int used = jdbc.update("""
                UPDATE account_tokens SET used_at = ?
                WHERE token_hash = ? AND purpose = ? AND used_at IS NULL AND expires_at > ?""",
                utc(now), key, token.get().purpose().name(), utc(now));
        return used == 1 ? token : Optional.empty();
    }

    private static byte[] hash(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** The schema keeps times as DATETIME in UTC; a LocalDateTime reaches the driver unshifted. */
    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
