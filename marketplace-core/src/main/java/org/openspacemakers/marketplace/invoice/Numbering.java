package org.openspacemakers.marketplace.invoice;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Numbers without gaps, per series and year. Taking a number locks the series' row until the
 * caller's transaction ends, so numbers are given one transaction at a time, in the order of their
 * moment of issue; the year's counter is raised in that transaction, so a transaction that rolls
 * back takes its number back with it and the next one gets it. Nothing is kept in this process:
 * several nodes share the database's counters.
 *
 * <p>Public for the other documents that must be numbered the same way: the donation receipts
 * ({@code donation.Donations}), a series of their own.
 */
@Component
public class Numbering {

    /** The invoices' time zone: an invoice is dated, and numbered in the year of, its day in France. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    /** The series of numbered documents, each with the shape of its numbers. */
    public enum Series {
        INVOICE("%d-%06d"),
        CREDIT_NOTE("AV-%d-%06d"),
        /** Receipts of donations: not invoices, numbered apart ({@code D2026-000001}). */
        DONATION_RECEIPT("D%d-%06d");

        private final String format;

        Series(String format) {
            this.format = format;
        }

        String number(int year, long sequence) {
            return String.format(java.util.Locale.ROOT, format, year, sequence);
        }
    }

    private static final long LAST = 999_999;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    Numbering(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Takes the series for the caller's transaction, until it ends, without taking a number: what
     * decides whether a document is issued is then read while no other can be.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void lock(Series series) {
        jdbc.queryForObject("SELECT series FROM document_series WHERE series = ? FOR UPDATE", String.class, series.name());
    }

    /**
     * The next number of the series, in the caller's transaction: the moment of issue is read once
     * the series is ours, so a later number never carries an earlier moment from this node.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Numbered next(Series series) {
        lock(series);
        Instant issuedAt = clock.instant();
        LocalDate issueDate = issuedAt.atZone(ZONE).toLocalDate();
        int year = issueDate.getYear();
        // Under the series' lock no other transaction adds this year's counter: update it, or add it at 1.
        long sequence;
        if (jdbc.update("UPDATE document_counters SET last_seq = last_seq + 1 WHERE series = ? AND issue_year = ?",
                series.name(), year) == 0) {
            jdbc.update("INSERT INTO document_counters (series, issue_year, last_seq) VALUES (?, ?, 1)", series.name(), year);
            sequence = 1;
        } else {
            sequence = jdbc.queryForObject("SELECT last_seq FROM document_counters WHERE series = ? AND issue_year = ?",
                    Long.class, series.name(), year);
        }
        if (sequence > LAST) {
            throw new IllegalStateException(series + " " + year + ": the series' six digits are used up");
        }
        return new Numbered(series.number(year, sequence), year, sequence, issuedAt, issueDate);
    }
}
