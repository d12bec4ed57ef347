package org.openspacemakers.marketplace.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.openspacemakers.marketplace.account.Role;
import org.openspacemakers.marketplace.catalog.Teams;
import org.openspacemakers.marketplace.coretest.CoreTest;
import org.openspacemakers.marketplace.coretest.HeldTransaction;
import org.openspacemakers.marketplace.coretest.LockWaits;
import org.openspacemakers.marketplace.coretest.Race;
import org.openspacemakers.marketplace.fixtures.Fixtures;
import org.openspacemakers.marketplace.invoice.Numbering.Series;
import org.openspacemakers.marketplace.order.Order;
import org.openspacemakers.marketplace.order.OrderStatus;
import org.openspacemakers.marketplace.order.Orders;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Invoice numbers, on the real database: issued in the paying transaction, one per order, the
 * year's numbers without gap or duplicate whatever the payments racing, and a payment rolled back
 * leaves its number to the next one.
 */
@CoreTest
class InvoiceNumberingTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    Teams teams;
    @Autowired
    Orders orders;
    @Autowired
    Invoices invoices;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    @Test
    void twentyOrdersPaidAtOnceTakeTheYearsNextTwentyNumbersWithoutGapOrDuplicate() throws Exception {
        List<Order> placed = PaidOrderFixtures.orders(fixtures, teams, orders, 20);
        int year = thisYear();
        long before = lastNumber(Series.INVOICE, year);

        List<Race.Outcome<String>> outcomes = Race.run(placed.stream().map(order -> (Callable<String>) () -> {
            PaidOrderFixtures.pay(fixtures, orders, order);
            return invoices.invoiceOf(order.id()).orElseThrow().number();
        }).toList());

        assertThat(outcomes).as(Race.describe(outcomes)).allMatch(Race.Outcome::succeeded);
        assertThat(outcomes.stream().map(Race.Outcome::value).toList()).containsExactlyInAnyOrderElementsOf(
                LongStream.rangeClosed(before + 1, before + 20).mapToObj(n -> String.format("%d-%06d", year, n)).toList());
        assertThat(lastNumber(Series.INVOICE, year)).isEqualTo(before + 20);
        // Each payment counts its board's sales after its commit, on its own connection: twenty at
        // once, more than the pool's connections, neither wait on each other nor miss a payment.
        for (Order order : placed) {
            String board = jdbc.queryForObject("SELECT r.board_id FROM order_lines l JOIN revisions r ON r.id = l.revision_id"
                    + " WHERE l.order_id = ? LIMIT 1", String.class, order.id().toString());
            assertThat(jdbc.queryForObject("SELECT units_sold FROM board_sales WHERE board_id = ?", Long.class, board))
                    .isEqualTo(jdbc.queryForObject("SELECT SUM(l.quantity) FROM order_lines l JOIN orders o ON o.id = l.order_id"
                            + " JOIN revisions r ON r.id = l.revision_id WHERE r.board_id = ? AND o.paid_at IS NOT NULL", Long.class, board));
        }
    }

    @Test
    void aPaymentRolledBackTakesItsInvoiceAndNumberWithIt() {
        List<Order> placed = PaidOrderFixtures.orders(fixtures, teams, orders, 2);
        Order first = placed.get(0);
        Order second = placed.get(1);

        String rolledBack = new TransactionTemplate(transactions).execute(status -> {
            PaidOrderFixtures.pay(fixtures, orders, first);
            String number = invoices.invoiceOf(first.id()).orElseThrow().number();
            status.setRollbackOnly();
            return number;
        });

        assertThat(invoices.invoiceOf(first.id())).isEmpty();
        PaidOrderFixtures.pay(fixtures, orders, second);
        assertThat(invoices.invoiceOf(second.id()).orElseThrow().number()).isEqualTo(rolledBack);
    }

    /**
     * The second payment waits for the series the first one holds; the first rolls back, and the
     * second takes the number it gave back. Checked to fail with the number taken as the highest
     * issued plus one, without a lock (the race above then fails on duplicate numbers too), and
     * with the counter raised in a transaction of its own (the first number is lost: a gap).
     */
    @Test
    void aPaymentWaitsForTheNumberHeldByAnotherAndTakesItWhenThatOneRollsBack() throws Exception {
        List<Order> placed = PaidOrderFixtures.orders(fixtures, teams, orders, 2);
        Order first = placed.get(0);
        Order second = placed.get(1);
        try (HeldTransaction<String> firstPayment = HeldTransaction.open(new TransactionTemplate(transactions), () -> {
            PaidOrderFixtures.pay(fixtures, orders, first);
            return invoices.invoiceOf(first.id()).orElseThrow().number();
        })) {
            CompletableFuture<String> secondPayment = CompletableFuture.supplyAsync(() -> {
                PaidOrderFixtures.pay(fixtures, orders, second);
                return invoices.invoiceOf(second.id()).orElseThrow().number();
            });
            LockWaits.awaitWaiting(jdbc, 1);
            assertThat(secondPayment).isNotDone();

            String givenBack = firstPayment.rollBack();

            assertThat(secondPayment.get(1, TimeUnit.MINUTES)).isEqualTo(givenBack);
        }
        assertThat(invoices.invoiceOf(first.id())).isEmpty();
    }

    @Test
    void anOrderPaidAgainAfterAHoldKeepsItsInvoiceAndOtherMovesIssueNone() {
        List<Order> placed = PaidOrderFixtures.orders(fixtures, teams, orders, 2);
        Order paid = placed.get(0);
        Orders.Actor admin = Orders.Actor.administrator(fixtures.user(Role.ADMIN).id());
        PaidOrderFixtures.pay(fixtures, orders, paid);
        Invoice invoice = invoices.invoiceOf(paid.id()).orElseThrow();
        long last = lastNumber(Series.INVOICE, invoice.issueYear());

        orders.hold(paid.id(), "Vérification", admin);
        assertThat(orders.release(paid.id(), admin).status()).as("PAID again").isEqualTo(OrderStatus.PAID);
        orders.cancel(placed.get(1).id(), "Plus besoin", Orders.Actor.person(placed.get(1).buyerId()));

        assertThat(invoices.invoiceOf(paid.id()).orElseThrow().number()).isEqualTo(invoice.number());
        assertThat(invoices.invoiceOf(placed.get(1).id())).isEmpty();
        assertThat(lastNumber(Series.INVOICE, invoice.issueYear())).isEqualTo(last);
    }

    @Test
    void anInvoiceIsIssuedOnlyInsideThePayingTransaction() {
        Order order = PaidOrderFixtures.orders(fixtures, teams, orders, 1).get(0);

        assertThatThrownBy(() -> invoices.issue(order.id())).isInstanceOf(IllegalTransactionStateException.class);
        assertThat(invoices.invoiceOf(order.id())).isEmpty();
    }

    /** 23:30 UTC on 31 December is already the next year in Paris, where invoices are dated. */
    @Test
    void numbersFollowTheYearOfTheDayInParis() {
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        Numbered newYearInParis = transaction.execute(status -> new Numbering(jdbc,
                Clock.fixed(Instant.parse("2041-12-31T23:30:00Z"), ZoneOffset.UTC)).next(Series.INVOICE));
        Numbered stillTheOldYear = transaction.execute(status -> new Numbering(jdbc,
                Clock.fixed(Instant.parse("2041-12-31T22:30:00Z"), ZoneOffset.UTC)).next(Series.INVOICE));

        assertThat(newYearInParis.number()).isEqualTo("2042-%06d", lastNumber(Series.INVOICE, 2042));
        assertThat(newYearInParis.issueDate()).isEqualTo(LocalDate.of(2042, 1, 1));
        assertThat(stillTheOldYear.number()).isEqualTo("2041-%06d", lastNumber(Series.INVOICE, 2041));
        assertThat(stillTheOldYear.issueDate()).isEqualTo(LocalDate.of(2041, 12, 31));
    }

    private int thisYear() {
        return clock.instant().atZone(Numbering.ZONE).getYear();
    }

    private long lastNumber(Series series, int year) {
        return jdbc.queryForList("SELECT last_seq FROM document_counters WHERE series = ? AND issue_year = ?", Long.class,
                series.name(), year).stream().findFirst().orElse(0L);
    }
}
