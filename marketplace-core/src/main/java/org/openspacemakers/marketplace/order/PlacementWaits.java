package org.openspacemakers.marketplace.order;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Bounds what placements waiting for a team's lock cost the rest of the store. A placement holds a
 * database connection while it waits, so only {@code connections} placements book at once, fewer
 * than the pool holds, and the others wait for their turn without one: reads and review decisions
 * always find a connection. A placement waits at most {@code lock-wait} for its turn, then at most
 * as long for each row lock; past either it gives up with {@link PlacementBusy}, nothing stored.
 */
@Component
class PlacementWaits {

    private static final Logger log = LoggerFactory.getLogger(PlacementWaits.class);

    /** ER_LOCK_WAIT_TIMEOUT: the server gave up a row lock wait (the same code on MySQL and MariaDB). */
    private static final int LOCK_WAIT_TIMEOUT = 1205;

    private final JdbcTemplate jdbc;
    private final Semaphore turns;
    private final Duration wait;

    PlacementWaits(JdbcTemplate jdbc, DataSource dataSource,
            @Value("${marketplace.orders.placement.connections:4}") int connections,
            @Value("${marketplace.orders.placement.lock-wait:3s}") Duration wait) {
        if (connections < 1) {
            throw new IllegalArgumentException("marketplace.orders.placement.connections is at least 1: " + connections);
        }
        // InnoDB counts a lock wait in whole seconds, and MySQL's shortest is one.
        if (wait.toSeconds() < 1 || wait.toMillis() % 1000 != 0) {
            throw new IllegalArgumentException("marketplace.orders.placement.lock-wait is whole seconds, at least 1s: " + wait);
        }
        int poolSize = poolSize(dataSource);
        if (connections >= poolSize) {
            throw new IllegalArgumentException("marketplace.orders.placement.connections (" + connections
                    + ") must stay below the connection pool's size (" + poolSize + "), or waiting orders starve reads");
        }
        this.jdbc = jdbc;
        this.turns = new Semaphore(connections, true);
        this.wait = wait;
    }

    /** Runs the work once one of the turns is free, which it keeps until the work ends; gives up after the bound. */
    <T> T inTurn(Supplier<T> work) {
        try {
            if (!turns.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("An order placement gave up after waiting {} s for its turn: other placements held every turn", wait.toSeconds());
                throw new PlacementBusy(wait);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PlacementBusy(wait, e);
        }
        try {
            return work.get();
        } finally {
            turns.release();
        }
    }

    /**
     * Runs the work, inside the caller's transaction, with every row lock wait of its connection
     * bounded ({@code innodb_lock_wait_timeout}, a session variable on MySQL and MariaDB alike,
     * given back its value before the connection returns to the pool). A wait that times out ends
     * the work with {@link PlacementBusy}.
     */
    <T> T withLockWaitsBounded(Supplier<T> work) {
        Long previous = jdbc.queryForObject("SELECT @@SESSION.innodb_lock_wait_timeout", Long.class);
        jdbc.execute("SET SESSION innodb_lock_wait_timeout = " + wait.toSeconds());
        try {
            return work.get();
        } catch (RuntimeException e) {
            if (lockWaitTimedOut(e)) {
                log.warn("An order placement gave up after waiting {} s for a row lock: a team's capacity stayed locked", wait.toSeconds());
                throw new PlacementBusy(wait, e);
            }
            throw e;
        } finally {
            jdbc.execute("SET SESSION innodb_lock_wait_timeout = " + previous);
        }
    }

    private static boolean lockWaitTimedOut(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getErrorCode() == LOCK_WAIT_TIMEOUT) {
                return true;
            }
        }
        return false;
    }

    /** The pool's size, where the pool says it (HikariCP, Boot's and the embedded database's). */
    private static int poolSize(DataSource dataSource) {
        try {
            return dataSource.isWrapperFor(HikariDataSource.class)
                    ? dataSource.unwrap(HikariDataSource.class).getMaximumPoolSize() : Integer.MAX_VALUE;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the connection pool's size", e);
        }
    }
}
