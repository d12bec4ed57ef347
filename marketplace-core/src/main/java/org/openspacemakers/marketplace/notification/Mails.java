package org.openspacemakers.marketplace.notification;

import org.openspacemakers.marketplace.database.Utc;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox of e-mails. {@link #enqueue} writes a message in the caller's transaction, so that a
 * message exists exactly when the change it tells about committed; {@link MailDelivery} sends it
 * afterwards, outside any transaction, on whichever node claims it first.
 */
@Service
public class Mails {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    Mails(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Where a message stands. */
    public enum Status {
        /** Waiting to be sent, or to be tried again after a failure. */
        PENDING,
        /** Accepted by the SMTP server, or written as a file. */
        SENT,
        /** Given up after the last attempt; kept, with the kind of its last error, for an administrator. */
        FAILED
    }

    /** A message in the outbox, as stored. */
    public record QueuedMail(UUID id, String key, String recipient, String language, String subject, String text,
            Instant createdAt, Status status, int attempts, Instant sentAt, String lastError) {
    }

    /**
     * Queues the message in the caller's transaction, which must exist: it commits or rolls back
     * with the change the message tells about. Returns false, storing nothing, when a message with
     * the same key is already queued (or sent): the same fact is told once. A concurrent transaction
     * queueing the same key waits for this one's outcome (the key is unique in the database).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean enqueue(Mail mail) {
        Instant now = clock.instant();
        // IGNORE skips only the duplicate key here: the Mail record has checked every other column.
        int inserted = jdbc.update("""
                INSERT IGNORE INTO mail_outbox (id, dedup_key, recipient, language, subject, body_text, body_html,
                  created_at, status, attempts, next_attempt_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?)""",
                UUID.randomUUID().toString(), mail.key(), mail.recipient(), mail.language().toLanguageTag(),
                mail.subject(), mail.text(), mail.html(), Utc.of(now), Utc.of(now));
        return inserted == 1;
    }

    /** The message queued under this key, whatever became of it. */
    @Transactional(readOnly = true)
    public Optional<QueuedMail> byKey(String key) {
        return jdbc.query(SELECT + " WHERE dedup_key = ?", Mails::queued, key).stream().findFirst();
    }

    /** Messages given up after their last attempt, oldest first: for an administrator to look into. */
    @Transactional(readOnly = true)
    public List<QueuedMail> failed() {
        return jdbc.query(SELECT + " WHERE status = 'FAILED' ORDER BY created_at, id", Mails::queued);
    }

    /** The most messages a person's data export lists (the newest). */
    public static final int MAX_TO_ONE_PERSON = 10_000;

    /** The messages queued for this address, sent or not, newest first (a person's data export). */
    @Transactional(readOnly = true)
    public List<QueuedMail> to(String recipient) {
        return jdbc.query(SELECT + " WHERE recipient = ? ORDER BY created_at DESC, id LIMIT ?", Mails::queued,
                recipient, MAX_TO_ONE_PERSON);
    }

    /**
     * Deletes every message to this address, sent, failed or still waiting (its owner's account is
     * being erased, in the caller's transaction): a message not sent yet is never sent. Returns how many.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int forget(String recipient) {
        return jdbc.update("DELETE FROM mail_outbox WHERE recipient = ?", recipient);
    }

    /** How long the mails about an account (verification and reset links, notices) are kept. */
    public static final java.time.Duration ACCOUNT_MAILS_KEPT = java.time.Duration.ofDays(30);

    /**
     * Forgets the mails about accounts written more than {@link #ACCOUNT_MAILS_KEPT} ago (those about
     * orders stay with their orders, as the privacy notice says); how many.
     */
    public int forgetOldAccountMails() {
        return jdbc.update("DELETE FROM mail_outbox WHERE dedup_key LIKE ? AND created_at < ?",
                AccountMails.KEY_PREFIX + "%", Utc.of(clock.instant().minus(ACCOUNT_MAILS_KEPT)));
    }

    private static final String SELECT = """
            SELECT id, dedup_key, recipient, language, subject, body_text, created_at, status, attempts, sent_at, last_error
            FROM mail_outbox""";

    private static QueuedMail queued(ResultSet row, int number) throws SQLException {
        return new QueuedMail(UUID.fromString(row.getString("id")), row.getString("dedup_key"), row.getString("recipient"),
                row.getString("language"), row.getString("subject"), row.getString("body_text"),
                Utc.read(row, "created_at"), Status.valueOf(row.getString("status")), row.getInt("attempts"),
                Utc.read(row, "sent_at"), row.getString("last_error"));
    }
}
