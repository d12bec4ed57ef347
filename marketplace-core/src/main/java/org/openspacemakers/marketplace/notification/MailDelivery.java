package org.openspacemakers.marketplace.notification;

import org.openspacemakers.marketplace.database.Claims;
import org.openspacemakers.marketplace.database.Utc;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailSendException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends the outbox, every {@code marketplace.mail.send-every} (10 s by default), on every node.
 *
 * <p>A node first claims a batch of due messages with one conditional UPDATE (its id in
 * {@code claimed_by}, a claim id, {@code claimed_until} = now + {@code claim-for}): a message another
 * node holds is claimed again only once that claim has run out, so two nodes never send the same
 * message while both are alive. It then sends each message outside any transaction, and marks it
 * SENT at once. A failure is recorded and the message tried again later, the wait doubling each
 * time; after {@code max-attempts} it is kept as FAILED ({@link Mails#failed()}), never deleted.
 *
 * <p>Delivery is at least once at the SMTP boundary: a node stopped after the server accepted a
 * message and before the mark leaves it claimed, and once the claim runs out another node sends it
 * again (with the same Message-ID). Attempts are counted when claimed, so a message is sent at most
 * {@code max-attempts} times whatever happens. A node sends a claimed message only while at least
 * {@code send-timeout} of its claim is left, so a slow batch never runs into another node's claim.
 */
class MailDelivery {

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

    /** Rounds of one scheduled run at most, so that a long backlog leaves the scheduler's thread now and then. */
    private static final int MAX_ROUNDS = 50;

    private static final Pattern SMTP_REPLY = Pattern.compile("^(\\d{3})\\b");

    private final JdbcTemplate jdbc;
    private final MailTransport transport;
    private final MailSettings settings;
    private final InternetAddress from;
    private final Clock clock;
    private final String node;

    MailDelivery(JdbcTemplate jdbc, MailTransport transport, MailSettings settings, InternetAddress from, Clock clock,
            String node) {
        this.jdbc = jdbc;
        this.transport = transport;
        this.settings = settings;
        this.from = from;
        this.clock = clock;
        this.node = node.length() > 100 ? node.substring(0, 100) : node;
    }

    @Scheduled(fixedDelayString = "${marketplace.mail.send-every:PT10S}", initialDelayString = "${marketplace.mail.send-every:PT10S}")
    void run() {
        try {
            for (int round = 0; round < MAX_ROUNDS && deliverDue() == settings.batch(); round++) {
                // a full batch: more may be due
            }
        } catch (DataAccessException e) {
            log.warn("Mail delivery skipped a round: the database did not answer ({})", e.getClass().getSimpleName());
        }
    }

    /** Claims a batch of due messages and sends them; returns how many it claimed. */
    int deliverDue() {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("mail is never sent inside a database transaction");
        }
        Instant now = clock.instant();
        Instant until = now.plus(settings.claimFor());
        String claim = UUID.randomUUID().toString();
        int claimed;
        try {
            claimed = Claims.claim(jdbc, """
                    UPDATE mail_outbox SET claimed_by = ?, claim_id = ?, claimed_until = ?, attempts = attempts + 1
                    WHERE status = 'PENDING' AND next_attempt_at <= ? AND (claimed_until IS NULL OR claimed_until <= ?)
                    ORDER BY next_attempt_at, id LIMIT ?""",
                    node, claim, Utc.of(until), Utc.of(now), Utc.of(now), settings.batch());
        } catch (TransientDataAccessException e) {
            // Another node's claim or mark held the rows (a deadlock or a lock wait given up): next round.
            log.debug("Mail claim gave way to another node ({})", e.getClass().getSimpleName());
            return 0;
        }
        if (claimed == 0) {
            return 0;
        }
        List<OutboxMessage> batch = jdbc.query("""
                SELECT id, recipient, language, subject, body_text, body_html, created_at, attempts
                FROM mail_outbox WHERE claim_id = ? ORDER BY next_attempt_at, id""",
                (row, n) -> new OutboxMessage(UUID.fromString(row.getString("id")), row.getString("recipient"),
                        row.getString("language"), row.getString("subject"), row.getString("body_text"),
                        row.getString("body_html"), Utc.read(row, "created_at"), row.getInt("attempts")),
                claim);
        for (OutboxMessage message : batch) {
            if (clock.instant().plus(settings.sendTimeout()).isBefore(until)) {
                deliver(message, claim);
            } else {
                release(message, claim);
            }
        }
        return claimed;
    }

    private void deliver(OutboxMessage message, String claim) {
        try {
            MimeMessage mime = message.compose(transport.newMessage(), from);
            transport.send(mime);
        } catch (Exception e) {
            failed(message, claim, e);
            return;
        }
        sent(message);
    }

    /**
     * Marks the message sent whoever holds it now: had its claim run out, a node that claimed it
     * since will find it sent, and not send it again unless it already has.
     */
    private void sent(OutboxMessage message) {
        for (int attempt = 1; ; attempt++) {
            try {
                int marked = jdbc.update("""
                        UPDATE mail_outbox SET status = 'SENT', sent_at = ?, claim_id = NULL, claimed_until = NULL, last_error = NULL
                        WHERE id = ? AND status = 'PENDING'""", Utc.of(clock.instant()), message.id().toString());
                if (marked == 0) {
                    log.warn("Mail {} was sent after its claim ran out and another node had marked it: sent twice", message.id());
                }
                return;
            } catch (TransientDataAccessException e) {
                if (attempt == 3) {
                    log.warn("Mail {} was sent but could not be marked so ({}): it will be sent again once its claim runs out",
                            message.id(), e.getClass().getSimpleName());
                    return;
                }
            }
        }
    }

    private void failed(OutboxMessage message, String claim, Exception failure) {
        String error = kind(failure);
        if (message.attempts() >= settings.maxAttempts()) {
            int marked = jdbc.update("""
                    UPDATE mail_outbox SET status = 'FAILED', claim_id = NULL, claimed_until = NULL, last_error = ?
                    WHERE id = ? AND claim_id = ? AND status = 'PENDING'""", error, message.id().toString(), claim);
            if (marked == 1) {
                log.warn("Mail {} not sent after {} attempts ({}): kept as FAILED for an administrator",
                        message.id(), message.attempts(), error);
            }
            return;
        }
        Duration wait = settings.retryAfter(message.attempts());
        jdbc.update("""
                UPDATE mail_outbox SET next_attempt_at = ?, claim_id = NULL, claimed_until = NULL, last_error = ?
                WHERE id = ? AND claim_id = ? AND status = 'PENDING'""",
                Utc.of(clock.instant().plus(wait)), error, message.id().toString(), claim);
        log.info("Mail {} not sent (attempt {} of {}, {}): tried again in {}", message.id(), message.attempts(),
                settings.maxAttempts(), error, wait);
    }

    /** Gives back a message the node no longer has time to send under its claim; the attempt was not made. */
    private void release(OutboxMessage message, String claim) {
        jdbc.update("""
                UPDATE mail_outbox SET claim_id = NULL, claimed_until = NULL, attempts = attempts - 1
                WHERE id = ? AND claim_id = ? AND status = 'PENDING'""", message.id().toString(), claim);
    }

    /**
     * What went wrong, by kind: the exception classes down the chain and the SMTP reply code if
     * any. Never the servers' own words, which may quote the recipient's address.
     */
    static String kind(Throwable failure) {
        Set<String> kinds = new LinkedHashSet<>();
        String reply = null;
        List<Throwable> seen = new ArrayList<>();
        for (Throwable cause = failure; cause != null && !seen.contains(cause) && seen.size() < 5; cause = next(cause)) {
            seen.add(cause);
            kinds.add(cause.getClass().getSimpleName());
            if (reply == null && cause.getMessage() != null) {
                Matcher code = SMTP_REPLY.matcher(cause.getMessage());
                reply = code.find() ? code.group(1) : null;
            }
        }
        String kind = String.join(" < ", kinds) + (reply == null ? "" : " (SMTP " + reply + ")");
        return kind.length() > 200 ? kind.substring(0, 200) : kind;
    }

    /** The cause, or for Spring's {@link MailSendException} (which keeps them aside) the first message's exception. */
    private static Throwable next(Throwable failure) {
        if (failure.getCause() == null && failure instanceof MailSendException send && send.getMessageExceptions().length > 0) {
            return send.getMessageExceptions()[0];
        }
        return failure.getCause();
    }
}
