package org.openspacemakers.marketplace.payment;

import org.openspacemakers.marketplace.database.Claims;
import org.openspacemakers.marketplace.database.Utc;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.Event;
import com.stripe.net.Webhook;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Stripe's webhook events, exactly once. {@link #receive} checks the signature (the endpoint's
 * secret, at most 5 minutes old) and stores the event under its id before the endpoint answers:
 * an event delivered again is acknowledged and stored nothing, and a node stopped after the store
 * and before its answer loses nothing (Stripe delivers again, the event is already kept).
 * {@link #applyPending} then applies the stored events, on any node, each claimed as the mail
 * outbox claims its messages; applying one again changes nothing, since every payment and refund
 * is recorded once by Stripe's own id ({@link StripeEventHandling}). An event that cannot be
 * applied is tried again later, and kept as FAILED for an administrator after the last attempt.
 */
@Service
public class StripeEvents {

    private static final Logger log = LoggerFactory.getLogger(StripeEvents.class);

    /** How old a signature may be: Stripe's own default, and its advice. */
    public static final long TOLERANCE_SECONDS = 300;

    /** The events the store acts on; any other is acknowledged and ignored. */
    public static final Set<String> APPLIED = Set.of("checkout.session.completed",
            "checkout.session.async_payment_succeeded", "checkout.session.async_payment_failed",
            "checkout.session.expired", "charge.refunded");

    static final int MAX_ATTEMPTS = 10;
    private static final int BATCH = 20;
    private static final Duration CLAIM = Duration.ofMinutes(2);

    private final StripeSettings settings;
    private final JdbcTemplate jdbc;
    private final StripeEventHandling handling;
    private final Clock clock;
    private final String node = "node-" + UUID.randomUUID();

    StripeEvents(StripeSettings settings, JdbcTemplate jdbc, StripeEventHandling handling, Clock clock) {
        this.settings = settings;
        this.jdbc = jdbc;
        this.handling = handling;
        this.clock = clock;
    }

    /** What became of a delivered event. */
    public enum Received {
        /** Stored, to be applied. */
        STORED,
        /** Delivered before: nothing stored again. */
        ALREADY_RECEIVED,
        /** Of a type the store does not act on: acknowledged. */
        IGNORED
    }

    /**
     * Checks the delivery's signature and keeps the event; {@link StripeSignatureRefused} when the
     * signature is missing, wrong or stale, or the body is no event (nothing stored then).
     */
    public Received receive(String payload, String signature) {
        if (!settings.enabled()) {
            throw new StripeSignatureRefused("card payments are off: no webhook secret to check against");
        }
        if (signature == null || signature.isBlank()) {
            throw new StripeSignatureRefused("no Stripe-Signature header");
        }
        Event event;
        try {
            event = Webhook.constructEvent(payload, signature, settings.webhookSecret(), TOLERANCE_SECONDS, clock);
        } catch (SignatureVerificationException e) {
            throw new StripeSignatureRefused("signature refused");
        } catch (RuntimeException notAnEvent) {
            throw new StripeSignatureRefused("body is not a Stripe event");
        }
        if (event.getId() == null || event.getType() == null || event.getId().length() > 255 || event.getType().length() > 100) {
            throw new StripeSignatureRefused("event without an id or type");
        }
        Instant now = clock.instant();
        Instant created = event.getCreated() == null ? now : Instant.ofEpochSecond(event.getCreated());
        boolean applied = APPLIED.contains(event.getType());
        // IGNORE skips only the duplicate id here: every other column was checked above.
        int stored = jdbc.update("""
                INSERT IGNORE INTO stripe_events (id, type, created_at, received_at, payload, status, attempts, next_attempt_at,
                  processed_at) VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?)""",
                event.getId(), event.getType(), Utc.of(created), Utc.of(now), applied ? payload : null,
                applied ? "PENDING" : "IGNORED", Utc.of(now), applied ? null : Utc.of(now));
        if (stored == 0) {
            return Received.ALREADY_RECEIVED;
        }
        return applied ? Received.STORED : Received.IGNORED;
    }

    /**
     * Claims the stored events due, oldest first, and applies each outside any transaction of its
     * own (Stripe is asked when the event needs it). Returns how many it claimed.
     */
    public int applyPending() {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("Stripe events are applied outside any database transaction");
        }
        int total = 0;
        for (int round = 0; round < 50; round++) {
            int claimed = applyBatch();
            total += claimed;
            if (claimed < BATCH) {
                return total;
            }
        }
        return total;
    }

    private int applyBatch() {
        Instant now = clock.instant();
        String claim = UUID.randomUUID().toString();
        int claimed;
        try {
            claimed = Claims.claim(jdbc, """
                    UPDATE stripe_events SET claimed_by = ?, claim_id = ?, claimed_until = ?, attempts = attempts + 1
                    WHERE status = 'PENDING' AND next_attempt_at <= ? AND (claimed_until IS NULL OR claimed_until <= ?)
                    ORDER BY created_at, id LIMIT ?""",
                    node, claim, Utc.of(now.plus(CLAIM)), Utc.of(now), Utc.of(now), BATCH);
        } catch (TransientDataAccessException e) {
            log.debug("Stripe event claim gave way to another node ({})", e.getClass().getSimpleName());
            return 0;
        }
        if (claimed == 0) {
            return 0;
        }
        List<Claimed> batch = jdbc.query("""
                SELECT id, type, payload, attempts FROM stripe_events WHERE claim_id = ? ORDER BY created_at, id""",
                (row, n) -> new Claimed(row.getString("id"), row.getString("type"), row.getString("payload"),
                        row.getInt("attempts")), claim);
        for (Claimed event : batch) {
            apply(event, claim);
        }
        return claimed;
    }

    private record Claimed(String id, String type, String payload, int attempts) {
    }

    private void apply(Claimed claimed, String claim) {
        StripeEventHandling.Applied applied;
        try {
            // Its signature was checked when it was received: the stored body is read back as it came.
            Event event = Webhook.constructEventWithoutVerification(claimed.payload());
            applied = handling.apply(event);
        } catch (RuntimeException e) {
            failed(claimed, claim, e);
            return;
        }
        jdbc.update("""
                UPDATE stripe_events SET status = 'APPLIED', outcome = ?, order_id = ?, processed_at = ?, payload = NULL,
                  claim_id = NULL, claimed_until = NULL, last_error = NULL WHERE id = ? AND status = 'PENDING'""",
                applied.outcome(), applied.orderId() == null ? null : applied.orderId().toString(), Utc.of(clock.instant()),
                claimed.id());
    }

    private void failed(Claimed claimed, String claim, RuntimeException failure) {
        String kind = kind(failure);
        if (claimed.attempts() >= MAX_ATTEMPTS) {
            jdbc.update("""
                    UPDATE stripe_events SET status = 'FAILED', claim_id = NULL, claimed_until = NULL, last_error = ?,
                      processed_at = ? WHERE id = ? AND claim_id = ?""", kind, Utc.of(clock.instant()), claimed.id(), claim);
            log.warn("Stripe event {} ({}) not applied after {} attempts ({}): kept as FAILED for an administrator",
                    claimed.id(), claimed.type(), claimed.attempts(), kind);
            return;
        }
        Duration wait = Duration.ofSeconds(Math.min(3600, 5L << Math.min(claimed.attempts(), 10)));
        jdbc.update("""
                UPDATE stripe_events SET next_attempt_at = ?, claim_id = NULL, claimed_until = NULL, last_error = ?
                WHERE id = ? AND claim_id = ?""", Utc.of(clock.instant().plus(wait)), kind, claimed.id(), claim);
        log.info("Stripe event {} ({}) not applied (attempt {} of {}, {}): tried again in {}", claimed.id(), claimed.type(),
                claimed.attempts(), MAX_ATTEMPTS, kind, wait);
    }

    /** What went wrong, by kind: the exception classes down the chain, never their messages (which may quote the payload). */
    static String kind(Throwable failure) {
        Set<String> kinds = new LinkedHashSet<>();
        List<Throwable> seen = new ArrayList<>();
        for (Throwable cause = failure; cause != null && !seen.contains(cause) && seen.size() < 5; cause = cause.getCause()) {
            seen.add(cause);
            kinds.add(cause.getClass().getSimpleName());
        }
        String kind = String.join(" < ", kinds);
        return kind.length() > 200 ? kind.substring(0, 200) : kind;
    }

    /** How long an event applied or ignored is kept: its id answers Stripe's retries (3 days), with room to spare. */
    public static final Duration KEPT = Duration.ofDays(90);

    /** Forgets the events applied or ignored more than {@link #KEPT} ago; returns how many. */
    public int forgetOld() {
        return jdbc.update("DELETE FROM stripe_events WHERE status IN ('APPLIED', 'IGNORED') AND processed_at < ?",
                Utc.of(clock.instant().minus(KEPT)));
    }

    /** A stored event, as an administrator sees it. */
    public record StoredEvent(String id, String type, String status, String outcome, UUID orderId, int attempts,
            Instant receivedAt, Instant processedAt, String lastError) {
    }

    /** The events not applied: waiting still, or given up; oldest first. */
    public List<StoredEvent> notApplied(int limit) {
        return jdbc.query("""
                SELECT id, type, status, outcome, order_id, attempts, received_at, processed_at, last_error
                FROM stripe_events WHERE status IN ('PENDING', 'FAILED') ORDER BY received_at LIMIT ?""",
                (row, n) -> new StoredEvent(row.getString("id"), row.getString("type"), row.getString("status"),
                        row.getString("outcome"), row.getString("order_id") == null ? null
                                : UUID.fromString(row.getString("order_id")), row.getInt("attempts"),
                        Utc.read(row, "received_at"), Utc.read(row, "processed_at"), row.getString("last_error")),
                limit);
    }

    /** The events stored about one order, oldest first. */
    public List<StoredEvent> of(UUID orderId) {
        return jdbc.query("""
                SELECT id, type, status, outcome, order_id, attempts, received_at, processed_at, last_error
                FROM stripe_events WHERE order_id = ? ORDER BY received_at""",
                (row, n) -> new StoredEvent(row.getString("id"), row.getString("type"), row.getString("status"),
                        row.getString("outcome"), orderId, row.getInt("attempts"), Utc.read(row, "received_at"),
                        Utc.read(row, "processed_at"), row.getString("last_error")), orderId.toString());
    }
}
