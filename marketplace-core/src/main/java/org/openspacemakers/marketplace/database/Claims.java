package org.openspacemakers.marketplace.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import org.springframework.jdbc.core.ArgumentPreparedStatementSetter;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The one statement with which a node claims a batch of due rows of a queue (the mail outbox,
 * Stripe's events), run at READ COMMITTED outside any transaction.
 *
 * <p>At the server's default REPEATABLE READ, such an {@code UPDATE ... ORDER BY ... LIMIT} locks
 * the gaps of the index it walks and waits for every row still being written. A business
 * transaction that queues two messages (a payment's alert to each administrator) then deadlocks
 * with it: the claim waits for the first message's row, the second message waits for the claim's
 * gap lock, and the database rolls one of them back, sometimes the payment. At READ COMMITTED the
 * claim locks no gap and passes over rows not yet committed (InnoDB's semi-consistent read): it
 * takes what is committed, and what is still being queued waits for the next round.
 */
public final class Claims {

    private Claims() {
    }

    /** Runs {@code sql}, an UPDATE that claims rows, with its arguments; returns how many rows it claimed. */
    public static int claim(JdbcTemplate jdbc, String sql, Object... args) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("a queue's rows are claimed outside any database transaction");
        }
        Integer claimed = jdbc.execute((ConnectionCallback<Integer>) connection -> {
            int isolation = connection.getTransactionIsolation();
            connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                new ArgumentPreparedStatementSetter(args).setValues(statement);
                return statement.executeUpdate();
            } finally {
                connection.setTransactionIsolation(isolation);
            }
        });
        return claimed == null ? 0 : claimed;
    }
}
