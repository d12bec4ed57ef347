package org.openspacemakers.marketplace.database;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Times as the schema keeps every time, DATETIME in UTC, whatever the JVM's zone, for the modules
 * that write SQL of their own (the mail outbox, Stripe's events and card payments):
 * given to the driver and read back as UTC wall-clock times, never as {@code java.sql.Timestamp}
 * (which the driver would shift into the JVM's zone).
 */
public final class Utc {

    private Utc() {
    }

    public static LocalDateTime of(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    public static Instant read(ResultSet row, String column) throws SQLException {
        LocalDateTime time = row.getObject(column, LocalDateTime.class);
        return time == null ? null : time.toInstant(ZoneOffset.UTC);
    }
}
