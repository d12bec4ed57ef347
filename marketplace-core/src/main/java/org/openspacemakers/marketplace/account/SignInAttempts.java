package org.openspacemakers.marketplace.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-in attempts in a row per e-mail address, in the database so that every node counts with
 * the others. An attempt is counted before its password is checked, by one conditional update
 * that refuses it once the limit is reached: attempts racing in parallel cannot all pass a check
 * made before any of them is counted. Addresses are kept as their SHA-256 only, and counted
 * whether or not an account has them.
 */
@Component
class SignInAttempts {

    private final JdbcTemplate jdbc;

    SignInAttempts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Counts one more attempt for the address, starting again from one when the last counted one
     * began before {@code quietSince}; false, counting nothing, when {@code limit} attempts are
     * already counted since then. Each statement commits on its own (no transaction around them):
     * an insert that found the row and an update of it in one transaction would deadlock with
     * another attempt doing the same.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    boolean count(String normalisedEmail, int limit, Instant now, Instant quietSince) {
        byte[] key = hash(normalisedEmail);
        // Twice at most: forgetQuietSince may delete an old row between the insert that found it and the update.
        for (int round = 0; round < 2; round++) {
            // IGNORE skips only the duplicate key: the row exists already.
            jdbc.update("INSERT IGNORE INTO sign_in_attempts (email_hash, failures, last_attempt_at) VALUES (?, 0, ?)",
                    key, utc(now));
            LocalDateTime since = utc(quietSince);
            int counted = jdbc.update("""
                    UPDATE sign_in_attempts
                    SET failures = CASE WHEN last_attempt_at < ? THEN 1 ELSE failures + 1 END, last_attempt_at = ?
                    WHERE email_hash = ? AND (failures < ? OR last_attempt_at < ?)""",
                    since, utc(now), key, limit, since);
            if (counted == 1) {
                return true;
            }
            Integer rows = jdbc.queryForObject("SELECT COUNT(*) FROM sign_in_attempts WHERE email_hash = ?", Integer.class, key);
            if (rows != null && rows > 0) {
                return false;
            }
        }
        return false;
    }

    /** Forgets the attempts counted for the address: its owner has just signed in. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void clear(String normalisedEmail) {
        jdbc.update("UPDATE sign_in_attempts SET failures = 0 WHERE email_hash = ? AND failures > 0", hash(normalisedEmail));
    }

    /**
     * The same, in the caller's transaction: a password reset lifts the throttle as it commits, on its
     * own connection (a second one, taken while the reset's row locks are held, could wait for a pool
     * emptied by other uses of the same token waiting on those locks).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void clearWithin(String normalisedEmail) {
        jdbc.update("UPDATE sign_in_attempts SET failures = 0 WHERE email_hash = ? AND failures > 0", hash(normalisedEmail));
    }

    /** Forgets the address's count altogether (its account is being erased, in the caller's transaction). */
    void forget(String normalisedEmail) {
        jdbc.update("DELETE FROM sign_in_attempts WHERE email_hash = ?", hash(normalisedEmail));
    }

    /** Forgets the addresses whose last attempt began before {@code quietSince}: their count would start again anyway. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    int forgetQuietSince(Instant quietSince) {
        return jdbc.update("DELETE FROM sign_in_attempts WHERE last_attempt_at < ?", utc(quietSince));
    }

    private static byte[] hash(String normalisedEmail) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(normalisedEmail.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** The schema keeps times as DATETIME in UTC; a LocalDateTime reaches the driver unshifted. */
    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
