package org.openspacemakers.marketplace.books;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.openspacemakers.marketplace.catalog.Money;
import org.openspacemakers.marketplace.refusal.InvalidInput;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The association's books, read from the paid orders (docs/guides/treasurer.md): a year's figures
 * month by month and board by board, for the transparency page, its API and the treasurer.
 *
 * <p>An order belongs to the month and year of its <b>payment</b> in France (Europe/Paris), the day
 * the money came, which is also its invoice's day (the invoice is issued in the paying transaction).
 * Its refunds, whenever made, reduce the figures of that month: an order refunded in full counts for
 * nothing, in any year.
 */
@Service
public class Books {

    /** The association's time zone: months and years are France's. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    /** The first year the books may be asked for. */
    public static final int FIRST_YEAR = 2000;

    private final Ledger ledger;
    private final Clock clock;
    private final Money budgetTarget;
    private final ObjectProvider<DonationTotals> donations;
    private final ObjectProvider<VolunteerTime> volunteerTime;

    Books(Ledger ledger, Clock clock, ObjectProvider<DonationTotals> donations, ObjectProvider<VolunteerTime> volunteerTime,
            @Value("${marketplace.association.budget-target:150000.00}") String budgetTarget) {
        this.ledger = ledger;
        this.clock = clock;
        this.donations = donations;
        this.volunteerTime = volunteerTime;
        this.budgetTarget = Money.parseEuros(budgetTarget).orElseThrow(() -> new IllegalStateException(
                "marketplace.association.budget-target is an amount in euros, such as 150000.00"));
    }

    /** The association's yearly budget target ({@code marketplace.association.budget-target}). */
    public Money budgetTarget() {
        return budgetTarget;
    }

    /** The current year, in France. */
    public int currentYear() {
        return LocalDate.ofInstant(clock.instant(), ZONE).getYear();
    }

    /** The years with paid orders, and the current one, newest first. */
    @Transactional(readOnly = true)
    public List<Integer> years() {
        int current = currentYear();
        int first = ledger.firstPayment().map(at -> LocalDate.ofInstant(at, ZONE).getYear()).orElse(current);
        return IntStream.iterate(current, year -> year >= Math.min(first, current), year -> year - 1).boxed().toList();
    }

    /**
     * A year's figures. {@link InvalidInput} on {@code year} for a year before {@link #FIRST_YEAR} or
     * after the current one.
     */
    @Transactional(readOnly = true)
    public YearFigures year(int year) {
        int current = currentYear();
        if (year < FIRST_YEAR || year > current) {
            throw new InvalidInput("year", "invalid.books.year", FIRST_YEAR, current);
        }
        List<OrderFigures> orders = ledger.paidBetween(startOf(year), startOf(year + 1)).stream().map(Shares::of).toList();
        Map<YearMonth, Money> given = donations.getIfAvailable(() -> DonationTotals.NONE).monthly(year);
        Map<YearMonth, Long> donationFees = new HashMap<>();
        ledger.donationCardFeesBetween(startOf(year), startOf(year + 1)).forEach(fee -> donationFees.merge(
                YearMonth.from(fee.getKey().atZone(ZONE)), fee.getValue(), Long::sum));
        List<YearFigures.Month> months = new ArrayList<>();
        Figures total = Figures.NONE;
        Money donated = Money.euros(0);
        Money donationFeesPaid = Money.euros(0);
        for (int m = 1; m <= 12; m++) {
            YearMonth month = YearMonth.of(year, m);
            Figures figures = orders.stream()
                    .filter(order -> YearMonth.from(order.paidAt().atZone(ZONE)).equals(month))
                    .map(OrderFigures::figures).reduce(Figures.NONE, Figures::plus);
            Money donations = given.getOrDefault(month, Money.euros(0));
            Money fees = Money.euros(donationFees.getOrDefault(month, 0L));
            months.add(new YearFigures.Month(month, figures, donations, fees));
            total = total.plus(figures);
            donated = donated.plus(donations);
            donationFeesPaid = donationFeesPaid.plus(fees);
        }
        Map<UUID, BoardFigures> boards = new LinkedHashMap<>();
        orders.forEach(order -> order.boards().forEach(board -> boards.merge(board.boardId(), board,
                (held, more) -> held.plus(more.figures()))));
        List<BoardFigures> sold = boards.values().stream()
                .sorted(Comparator.comparingLong((BoardFigures b) -> b.figures().units()).reversed()
                        .thenComparing(BoardFigures::slug))
                .toList();
        return new YearFigures(year, budgetTarget, total, donated, donationFeesPaid, List.copyOf(months), sold, orders,
                Map.copyOf(volunteerTime.getIfAvailable(() -> VolunteerTime.NOT_RECORDED).minutesByBoard(year)));
    }

    /** When a year of the books begins: its first day, at midnight in France. */
    static Instant startOf(int year) {
        return Year.of(year).atDay(1).atStartOfDay(ZONE).toInstant();
    }

    /** A board's figures over every paid order, as its product page counts them. */
    BoardFigures board(UUID boardId) {
        return ledger.paidWithBoard(boardId).stream().map(Shares::of)
                .flatMap(order -> order.boards().stream())
                .filter(board -> board.boardId().equals(boardId))
                .reduce((held, more) -> held.plus(more.figures()))
                .orElse(new BoardFigures(boardId, "", "", Figures.NONE));
    }
}
