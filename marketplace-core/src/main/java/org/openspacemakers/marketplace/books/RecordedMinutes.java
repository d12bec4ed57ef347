package org.openspacemakers.marketplace.books;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.openspacemakers.marketplace.database.Utc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The volunteers' time as the teams recorded it: the assembly and test minutes entered on each
 * unit when it was tested (a rework adds to them), summed per board over the units of the orders
 * paid in the year, as the books place an order (its payment, in France). A board whose units have
 * no minutes entered is left out: "not recorded", not zero.
 */
@Component
class RecordedMinutes implements VolunteerTime {

    private final JdbcTemplate jdbc;

    RecordedMinutes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<UUID, Long> minutesByBoard(int year) {
        Map<UUID, Long> minutes = new LinkedHashMap<>();
        jdbc.query("""
                SELECT r.board_id, SUM(COALESCE(u.assembly_minutes, 0) + COALESCE(u.test_minutes, 0))
                FROM order_units u JOIN orders o ON o.id = u.order_id JOIN revisions r ON r.id = u.revision_id
                WHERE o.paid_at >= ? AND o.paid_at < ?
                  AND (u.assembly_minutes IS NOT NULL OR u.test_minutes IS NOT NULL)
                GROUP BY r.board_id""", row -> {
            minutes.put(UUID.fromString(row.getString(1)), row.getLong(2));
        }, Utc.of(Books.startOf(year)), Utc.of(Books.startOf(year + 1)));
        return minutes;
    }

}
