package org.openspacemakers.marketplace.coretest;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.Future;
import org.awaitility.core.ConditionTimeoutException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Which statements of this run's schema are taking a row lock ({@code SELECT ... FOR UPDATE}) right
 * now, as the server lists them. While another transaction holds the row, such a statement stays
 * listed: a test waits on that, not on a pause, to know another thread is blocked where it expects.
 * (InnoDB's own {@code INNODB_TRX} is no help here: MariaDB does not always list a transaction
 * that has only read when it starts waiting.)
 */
public final class LockWaits {

    private static final String LOCKING_NOW = """
            FROM information_schema.PROCESSLIST
            WHERE DB = DATABASE() AND ID <> CONNECTION_ID() AND COMMAND IN ('Query', 'Execute') AND INFO LIKE '%for update%'""";

    private LockWaits() {
    }

    /** Returns once exactly this many statements of the schema wait for a row lock; fails after a minute. */
    public static void awaitWaiting(JdbcTemplate jdbc, int statements) {
        awaitCount(jdbc, statements, LOCKING_NOW);
    }

    /** Returns once exactly this many statements of the schema wait for a shared row lock (a sale's lock on its revisions). */
    public static void awaitWaitingToShare(JdbcTemplate jdbc, int statements) {
        awaitCount(jdbc, statements, """
                FROM information_schema.PROCESSLIST
                WHERE DB = DATABASE() AND ID <> CONNECTION_ID() AND COMMAND IN ('Query', 'Execute')
                AND (INFO LIKE '%lock in share mode%' OR INFO LIKE '%for share%')""");
    }

    /**
     * Returns once exactly this many statements of the schema that start with these words (such as
     * {@code update access_tokens}) are running, which for a write to a row another transaction
     * holds means waiting for its lock; fails after a minute.
     */
    public static void awaitRunning(JdbcTemplate jdbc, int statements, String startingWith) {
        awaitCount(jdbc, statements, """
                FROM information_schema.PROCESSLIST
                WHERE DB = DATABASE() AND ID <> CONNECTION_ID() AND COMMAND IN ('Query', 'Execute') AND INFO LIKE '%s%%'"""
                .formatted(startingWith.replace("'", "''")));
    }

    /**
     * Returns once a statement of the schema that starts with these words is running, which for a
     * write to a row another transaction holds means waiting for its lock, or once {@code work}
     * (the thread that runs it) is done; fails after a minute.
     */
    public static void awaitRunningOrDone(JdbcTemplate jdbc, String startingWith, Future<?> work) {
        String running = """
                SELECT COUNT(*) FROM information_schema.PROCESSLIST
                WHERE DB = DATABASE() AND ID <> CONNECTION_ID() AND COMMAND IN ('Query', 'Execute') AND INFO LIKE '%s%%'"""
                .formatted(startingWith.replace("'", "''"));
        await("a statement waiting for a row lock, or its work done").atMost(Duration.ofMinutes(1))
                .pollInterval(Duration.ofMillis(20))
                .until(() -> work.isDone() || jdbc.queryForObject(running, Integer.class) > 0);
    }

    private static void awaitCount(JdbcTemplate jdbc, int statements, String running) {
        try {
            await("statements waiting for a row lock").atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(20))
                    .until(() -> jdbc.queryForObject("SELECT COUNT(*) " + running, Integer.class) == statements);
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("expected " + statements + " statement(s) waiting for a row lock; the server lists "
                    + jdbc.queryForList("SELECT ID, COMMAND, TIME, STATE, INFO FROM information_schema.PROCESSLIST"
                            + " WHERE DB = DATABASE() AND ID <> CONNECTION_ID()"), e);
        }
    }
}
