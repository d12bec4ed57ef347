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

    /** Statuses of a paid order the team still has to fulfil: its fulfilment queue. */
    static final Set<OrderStatus> TO_FULFIL = EnumSet.of(OrderStatus.PAID, OrderStatus.AWAITING_PARTS,
            OrderStatus.PARTS_RECEIVED, OrderStatus.IN_ASSEMBLY, OrderStatus.TESTED);

    private final OrderRepository orders;

    AssemblyQueue(OrderRepository orders) {
        this.orders = orders;
    }

    /**
     * Boards of the team's reserved orders (placed, neither shipped, cancelled, refunded nor expired
     * unpaid) that it assembles to order (not those taken from its stock), counted from the orders: what the team's own count, {@link Team#queuedBoards()},
     * kept by every move that reserves or gives back, must equal.
     */
    @Transactional(readOnly = true)
    public int queuedBoards(UUID teamId) {
        return (int) orders.queuedBoards(teamId);
    }

    /** The lead time of a board taken from its team's stock: assembled and tested already, it leaves within two days. */
    public static final int FROM_STOCK_DAYS = 2;

    /** The lead time of a new order: the weeks the queue ahead of it takes, plus its own week. */
    public static int leadTimeDays(Team team, int queuedBoards) {
        return (queuedBoards / team.weeklyCapacity() + 1) * 7;
    }

    /** Whether the team can still take this many boards within its booking horizon. */
    public static boolean hasRoomFor(Team team, int queuedBoards, int boards) {
        return queuedBoards + boards <= team.slotsOnSale();
    }
}
