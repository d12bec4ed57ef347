package org.openspacemakers.marketplace.order;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.openspacemakers.marketplace.catalog.Team;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each team's queue of boards to assemble: the boards of open orders (placed, not yet shipped).
 * With the team's weekly capacity it gives the lead time buyers see, never typed by hand.
 */
@Service
public class AssemblyQueue {

    /** Statuses whose boards still wait for the volunteers. */
    static final Set<OrderStatus> OPEN = EnumSet.of(OrderStatus.AWAITING_PAYMENT, OrderStatus.AWAITING_VERIFICATION);

    private final OrderRepository orders;

    AssemblyQueue(OrderRepository orders) {
        this.orders = orders;
    }

    /**
     * Boards ordered from the team and not yet shipped, counted from the orders (what the team's
     * own count, {@link Team#queuedBoards()}, kept by the placements, must equal).
     */
    @Transactional(readOnly = true)
    public int queuedBoards(UUID teamId) {
        return (int) orders.queuedBoards(teamId, OPEN);
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
