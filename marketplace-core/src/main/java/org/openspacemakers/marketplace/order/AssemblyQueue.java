package org.openspacemakers.marketplace.order;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.openspacemakers.marketplace.catalog.Team;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each team's queue of boards to assemble: the boards of open orders (placed, not yet shipped).
 * With the team's weekly capacity and the share of it orders may book ({@link CapacitySettings}) it
 * gives the lead time buyers see, never typed by hand, and the load of the coming weeks.
 */
@Service
public class AssemblyQueue {

    /** Statuses of a paid order the team still has to fulfil: its fulfilment queue. */
    static final Set<OrderStatus> TO_FULFIL = EnumSet.of(OrderStatus.PAID, OrderStatus.AWAITING_PARTS,
            OrderStatus.PARTS_RECEIVED, OrderStatus.IN_ASSEMBLY, OrderStatus.TESTED);

    private final OrderRepository orders;
    private final CapacitySettings settings;

    AssemblyQueue(OrderRepository orders, CapacitySettings settings) {
        this.orders = orders;
        this.settings = settings;
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

    /** The share of each week's capacity orders book ({@code marketplace.capacity.booking-share}). */
    public double bookingShare() {
        return settings.bookingShare();
    }

    /** The lead time of a new order with the configured booking share ({@link #leadTimeDays(Team, int, double)}). */
    public int leadTimeDays(Team team, int queuedBoards) {
        return leadTimeDays(team, queuedBoards, settings.bookingShare());
    }

    /**
     * The lead time of a new order: the weeks the queue ahead of it takes, each week booked to its
     * bookable boards ({@link #bookablePerWeek}), plus its own week.
     */
    public static int leadTimeDays(Team team, int queuedBoards, double share) {
        return leadTimeDays(team.weeklyCapacity(), queuedBoards, share);
    }

    /** {@link #leadTimeDays(Team, int, double)} for a weekly capacity. */
    static int leadTimeDays(int weeklyCapacity, int queuedBoards, double share) {
        return (queuedBoards / bookablePerWeek(weeklyCapacity, share) + 1) * 7;
    }

    /**
     * The boards orders book in one week: the share of the weekly capacity, rounded down, at least
     * one (a team assembling one board a week still sells it).
     */
    static int bookablePerWeek(int weeklyCapacity, double share) {
        int bookable = BigDecimal.valueOf(weeklyCapacity).multiply(BigDecimal.valueOf(share))
                .setScale(0, RoundingMode.FLOOR).intValueExact();
        return Math.max(1, bookable);
    }

    /** Whether the team can still take this many boards within its booking horizon. */
    public static boolean hasRoomFor(Team team, int queuedBoards, int boards) {
        return queuedBoards + boards <= team.slotsOnSale();
    }

    /**
     * One of the coming weeks of a team: the boards of its queue that fall in it (the queue taken in
     * order, each week booked to its bookable boards, as lead times are promised), the bookable
     * boards and the capacity.
     *
     * @param from the week's first day (today, then every seventh day)
     */
    public record WeekLoad(LocalDate from, int booked, int bookable, int capacity) {

        /** The booked boards as a share of the capacity, in whole percent. */
        public int percentOfCapacity() {
            return booked * 100 / capacity;
        }
    }

    /** The load of the coming weeks with the configured booking share ({@link #weeks(Team, int, LocalDate, double)}). */
    public Load load(Team team, int queuedBoards, LocalDate today) {
        return weeks(team, queuedBoards, today, settings.bookingShare());
    }

    /**
     * The team's next {@link Team#horizonWeeks()} weeks from today, and the boards of its queue
     * beyond them (which a booking share below 1 pushes past the horizon).
     */
    public record Load(List<WeekLoad> weeks, int beyond) {
    }

    /** How the queue falls over the coming weeks, each week booked to its bookable boards. */
    public static Load weeks(Team team, int queuedBoards, LocalDate today, double share) {
        return weeks(team.weeklyCapacity(), team.horizonWeeks(), queuedBoards, today, share);
    }

    /** {@link #weeks(Team, int, LocalDate, double)} for a weekly capacity and a horizon. */
    static Load weeks(int weeklyCapacity, int horizonWeeks, int queuedBoards, LocalDate today, double share) {
        int bookable = bookablePerWeek(weeklyCapacity, share);
        List<WeekLoad> weeks = new ArrayList<>();
        int left = Math.max(0, queuedBoards);
        for (int week = 0; week < horizonWeeks; week++) {
            int booked = Math.min(left, bookable);
            left -= booked;
            weeks.add(new WeekLoad(today.plusWeeks(week), booked, bookable, weeklyCapacity));
        }
        return new Load(List.copyOf(weeks), left);
    }
}
