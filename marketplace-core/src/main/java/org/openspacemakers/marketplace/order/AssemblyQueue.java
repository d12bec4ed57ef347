package org.openspacemakers.marketplace.order;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.openspacemakers.marketplace.catalog.Team;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each team's queue of boards to assemble: the boards of open orders (placed, not yet shipped).
 * With the team's weekly capacity it gives the lead time buyers see, never typed by hand.
 */
@Service
public class AssemblyQueue {

    /** Statuses whose boards still wait for the volunteers. */
    static final Set<OrderStatus> OPEN = EnumSet.of(OrderStatus.AWAITING_PAYMENT);

    private final OrderRepository orders;
    private final JdbcTemplate jdbc;

    AssemblyQueue(OrderRepository orders, JdbcTemplate jdbc) {
        this.orders = orders;
        this.jdbc = jdbc;
    }

    /** Boards ordered from the team and not yet shipped. */
    @Transactional(readOnly = true)
    public int queuedBoards(UUID teamId) {
        return (int) orders.queuedBoards(teamId, OPEN);
    }

    /** Queued boards per team, for the teams given (teams with none are absent). */
    @Transactional(readOnly = true)
    public Map<UUID, Integer> queuedBoards(Collection<UUID> teamIds) {
        if (teamIds.isEmpty()) {
            return Map.of();
        }
        return orders.queuedBoardsByTeam(teamIds, OPEN).stream()
                .collect(Collectors.toMap(row -> (UUID) row[0], row -> ((Number) row[1]).intValue()));
    }

    /**
     * The lead time a product page shows: one statement, outside any transaction (so not for a
     * placement, which counts the queue under the team's lock, with {@link #queuedBoards(UUID)}).
     */
    public int leadTimeDays(Team team) {
        String open = OPEN.stream().map(status -> "'" + status.name() + "'").collect(Collectors.joining(", "));
        Long queued = jdbc.queryForObject("SELECT COALESCE(SUM(l.quantity), 0) FROM orders o"
                + " JOIN order_lines l ON l.order_id = o.id WHERE l.team_id = ? AND o.status IN (" + open + ")",
                Long.class, team.id().toString());
        return leadTimeDays(team, queued == null ? 0 : queued.intValue());
    }

    /** The lead time of a new order: the weeks the queue ahead of it takes, plus its own week. */
    public static int leadTimeDays(Team team, int queuedBoards) {
        return (queuedBoards / team.weeklyCapacity() + 1) * 7;
    }

    /** Whether the team can still take this many boards within its booking horizon. */
    public static boolean hasRoomFor(Team team, int queuedBoards, int boards) {
        return queuedBoards + boards <= team.slotsOnSale();
    }
}
