package org.openspacemakers.marketplace.account;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The audit trail of security events: written as they happen (in the caller's transaction when
 * there is one, else on its own), read by administrators, never changed. What a client typed (an
 * e-mail that names no account) is kept cut to its column, and shown escaped like any text.
 */
@Service
public class SecurityEvents {

    /** What happened. */
    public enum Kind {
        SIGNED_IN, SIGN_IN_FAILED, SIGN_IN_THROTTLED, ACCESS_REFUSED, TOKEN_CREATED, TOKEN_REVOKED,
        ROLE_GRANTED, ROLE_REVOKED, PASSWORD_RESET, ACCOUNT_DISABLED, ACCOUNT_ENABLED,
        SIGNED_UP, EMAIL_VERIFIED, EMAIL_CHANGED, PASSWORD_CHANGED, ACCOUNT_ERASED,
        /** The person ended all their page sessions, on every node. */
        SIGNED_OUT_EVERYWHERE
    }

    /** One event as stored. */
    public record Event(UUID id, Instant at, Kind kind, Optional<UUID> userId, Optional<String> email,
            Optional<String> address, Optional<String> detail) {
    }

    /** The most events one reading lists. */
    public static final int MAX_LISTED = 500;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    SecurityEvents(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records an event; {@code userId}, {@code email}, {@code address} and {@code detail} may be null. */
    public void record(Kind kind, UUID userId, String email, String address, String detail) {
        jdbc.update("INSERT INTO security_events (id, at, kind, user_id, email, address, detail) VALUES (?, ?, ?, ?, ?, ?, ?)",
                UUID.randomUUID().toString(), LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC), kind.name(),
                userId == null ? null : userId.toString(), cut(email == null ? null : email.toLowerCase(Locale.ROOT), 254),
                cut(address, 64), cut(detail, 500));
    }

    /**
     * The newest events first (in the order they were written), at most {@code limit} ({@value #MAX_LISTED} at most), of one kind
     * and for one e-mail when given (the e-mail matched whole, in any case).
     */
    public List<Event> newest(Optional<Kind> kind, Optional<String> email, int limit) {
        StringBuilder sql = new StringBuilder("SELECT id, at, kind, user_id, email, address, detail FROM security_events WHERE 1 = 1");
        List<Object> arguments = new ArrayList<>();
        kind.ifPresent(wanted -> {
            sql.append(" AND kind = ?");
            arguments.add(wanted.name());
        });
        email.map(String::strip).filter(e -> !e.isEmpty()).ifPresent(wanted -> {
            sql.append(" AND email = ?");
            arguments.add(wanted.toLowerCase(Locale.ROOT));
        });
        sql.append(" ORDER BY seq DESC LIMIT ?");
        arguments.add(Math.max(1, Math.min(limit, MAX_LISTED)));
        return jdbc.query(sql.toString(), (row, i) -> new Event(UUID.fromString(row.getString("id")),
                row.getObject("at", LocalDateTime.class).toInstant(ZoneOffset.UTC), Kind.valueOf(row.getString("kind")),
                Optional.ofNullable(row.getString("user_id")).map(UUID::fromString), Optional.ofNullable(row.getString("email")),
                Optional.ofNullable(row.getString("address")), Optional.ofNullable(row.getString("detail"))), arguments.toArray());
    }

    /** The most events a person's data export lists (the newest). */
    public static final int MAX_ABOUT_ONE_PERSON = 10_000;

    /** The events about a person: on their account or naming their e-mail (failed sign-ins included), newest first. */
    public List<Event> about(UUID userId, String email) {
        return jdbc.query("SELECT id, at, kind, user_id, email, address, detail FROM security_events"
                + " WHERE user_id = ? OR email = ? ORDER BY seq DESC LIMIT ?", (row, i) -> event(row),
                userId.toString(), email.toLowerCase(Locale.ROOT), MAX_ABOUT_ONE_PERSON);
    }

    /**
     * Takes a person's e-mail out of the trail (their account is being erased, in the caller's
     * transaction): the events keep their kind, time and account id, the address is gone from their
     * e-mail column, and from the details of events about others (an administrator's changes name
     * them) it is replaced by {@code replacement}.
     */
    /** Forgets the events older than that instant; how many. */
    public int forgetBefore(Instant before) {
        return jdbc.update("DELETE FROM security_events WHERE at < ?", LocalDateTime.ofInstant(before, ZoneOffset.UTC));
    }

    /** The addresses the account moved away from, as its address changes recorded them ("from ..."). */
    List<String> formerEmails(UUID userId) {
        return jdbc.queryForList("SELECT detail FROM security_events WHERE user_id = ? AND kind = 'EMAIL_CHANGED'"
                + " AND detail LIKE 'from %'", String.class, userId.toString()).stream()
                .map(detail -> detail.substring("from ".length()).strip()).distinct().toList();
    }

    void forgetEmail(UUID userId, String email, String replacement) {
        String address = email.toLowerCase(Locale.ROOT);
        jdbc.update("UPDATE security_events SET email = NULL WHERE user_id = ? OR email = ?", userId.toString(), address);
        jdbc.update("UPDATE security_events SET detail = REPLACE(detail, ?, ?) WHERE INSTR(detail, ?) > 0",
                address, replacement, address);
    }

    private static Event event(java.sql.ResultSet row) throws java.sql.SQLException {
        return new Event(UUID.fromString(row.getString("id")),
                row.getObject("at", LocalDateTime.class).toInstant(ZoneOffset.UTC), Kind.valueOf(row.getString("kind")),
                Optional.ofNullable(row.getString("user_id")).map(UUID::fromString), Optional.ofNullable(row.getString("email")),
                Optional.ofNullable(row.getString("address")), Optional.ofNullable(row.getString("detail")));
    }

    private static String cut(String text, int longest) {
        if (text == null) {
            return null;
        }
        String printable = text.codePoints().filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return printable.length() <= longest ? printable : printable.substring(0, longest);
    }
}
