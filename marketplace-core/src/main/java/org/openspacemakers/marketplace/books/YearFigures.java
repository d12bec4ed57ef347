package org.openspacemakers.marketplace.books;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.openspacemakers.marketplace.catalog.Money;

/**
 * A year's books: the orders paid in it (by their payment date in France), month by month and board
 * by board, the donations, and the budget target they are set against.
 *
 * @param donationCardFees Stripe's fees on the donations paid by card without an order (a cost of
 *     the association's, beside the orders' card fees in {@code total}); donations count in full
 * @param months the twelve months, January first
 * @param boards the boards sold, most units first
 * @param orders each paid order, by payment time (for the accountant's export)
 * @param volunteerMinutes the minutes recorded per board ({@link VolunteerTime}); empty while none are
 */
public record YearFigures(int year, Money budgetTarget, Figures total, Money donations, Money donationCardFees,
        List<Month> months,
        List<BoardFigures> boards, List<OrderFigures> orders, Map<UUID, Long> volunteerMinutes) {

    /** A month's figures and donations, and Stripe's fees on the donations paid by card that month. */
    public record Month(YearMonth month, Figures figures, Money donations, Money donationCardFees) {

        /** What sales brought the association that month, plus donations, in cents. */
        public long fundedMinor() {
            return figures.associationMinor() + donations.amountMinor();
        }
    }

    /** What sales brought the association: its share of the paid orders, less refunds. */
    public Money fundedBySales() {
        return total.association();
    }

    /** What sales and donations brought together, towards the budget target. */
    public Money funded() {
        return fundedBySales().plus(donations);
    }

    /** How far towards the budget target, in whole percent, at most 100 (0 for no target). */
    public int percentOfTarget() {
        if (budgetTarget.amountMinor() == 0) {
            return 0;
        }
        return (int) Math.min(100, funded().amountMinor() * 100 / budgetTarget.amountMinor());
    }

    /** The largest month's funding, in cents: what a month-by-month chart is scaled to (at least 1). */
    public long largestMonthMinor() {
        return Math.max(1, months.stream().mapToLong(Month::fundedMinor).max().orElse(0));
    }

    /** The volunteers' minutes recorded for a board, if any are. */
    public Optional<Long> volunteerMinutes(UUID boardId) {
        return Optional.ofNullable(volunteerMinutes.get(boardId));
    }
}
