package org.openspacemakers.marketplace.books;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.openspacemakers.marketplace.order.OrderPaid;
import org.openspacemakers.marketplace.order.OrderRefunded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps {@code board_sales}, what each board's sales brought as its product page shows them (units
 * sold, the association's share), so that the page reads them by primary key in its one statement.
 *
 * <p>After a payment or a refund commits, each board of the order is counted again (on the
 * connection that committed it, see {@link #countOnTheSameConnection}), in full, from
 * the paid orders, by the books' own rule ({@link Shares}): under the board's row lock (taken by the
 * upsert before anything is read), so two counts of a board never interleave, and a count always
 * sees every payment committed before it. Counting in full rather than adding a difference means a
 * count that failed (or a node stopped between the commit and the count) is put right by the next
 * one; and at startup, the boards of orders paid before the table existed are counted.
 */
@Component
class BoardSalesKeeper {

    private static final Logger log = LoggerFactory.getLogger(BoardSalesKeeper.class);

    private final Ledger ledger;
    private final Books books;
    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    private final TransactionTemplate counting;
    private final Clock clock;

    BoardSalesKeeper(Ledger ledger, Books books, JdbcTemplate jdbc, DataSource dataSource,
            PlatformTransactionManager transactions, Clock clock) {
        this.ledger = ledger;
        this.dataSource = dataSource;
        this.books = books;
        this.jdbc = jdbc;
        this.counting = new TransactionTemplate(transactions);
        this.counting.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(OrderPaid paid) {
        countOnTheSameConnection(paid.orderId());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(OrderRefunded refunded) {
        countOnTheSameConnection(refunded.orderId());
    }

    @EventListener(ApplicationReadyEvent.class)
    void countBoardsNotCounted() {
        countAll(counting.execute(status -> ledger.boardsNotCounted()));
    }

    /**
     * Counts the boards of an order just after its payment or refund committed, on the connection
     * that committed it: the thread holds it until the commit completes, and a count in a
     * transaction of its own would take a second one meanwhile, so that more payments at once than
     * the pool has connections would each hold one and wait for another, until the pool's timeout
     * (twenty invoices paid at once did). The count is a transaction of its own on that connection,
     * committed here; a count that fails is rolled back and left to the board's next one.
     */
    private void countOnTheSameConnection(UUID orderId) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                for (UUID board : ledger.boardsOf(orderId)) {
                    count(board);
                }
                connection.commit();
            } catch (DataAccessException | SQLException e) {
                connection.rollback();
                log.warn("A board's sales could not be counted now ({}); its next payment or refund will", e.getClass().getSimpleName());
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            log.warn("A board's sales could not be counted now ({}); its next payment or refund will", e.getClass().getSimpleName());
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private void countAll(List<UUID> boards) {
        for (UUID board : boards) {
            try {
                counting.executeWithoutResult(status -> count(board));
            } catch (DataAccessException e) {
                // The payment or refund stands; the board's next count puts its figures right.
                log.warn("A board's sales could not be counted now ({}); its next payment or refund will", e.getClass().getSimpleName());
            }
        }
    }

    /** Counts a board again under its row's lock, which the upsert takes before anything is read. */
    void count(UUID board) {
        jdbc.update("INSERT INTO board_sales (board_id, units_sold, association_minor, counted_at) VALUES (?, 0, 0, ?)"
                + " ON DUPLICATE KEY UPDATE counted_at = VALUES(counted_at)", board.toString(), LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
        Figures figures = books.board(board).figures();
        jdbc.update("UPDATE board_sales SET units_sold = ?, association_minor = ?, counted_at = ? WHERE board_id = ?",
                figures.units(), figures.associationMinor(), LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC), board.toString());
    }
}
