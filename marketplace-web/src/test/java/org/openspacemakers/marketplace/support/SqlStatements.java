package org.openspacemakers.marketplace.support;

import com.mysql.cj.MysqlConnection;
import com.mysql.cj.Query;
import com.mysql.cj.interceptors.QueryInterceptor;
import com.mysql.cj.log.Log;
import com.mysql.cj.protocol.Resultset;
import com.mysql.cj.protocol.ServerSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Supplier;

/**
 * Every statement the store's connections send to the database, as mysql-connector-j sends it:
 * the application's queries and the driver's own ({@code SET autocommit}, {@code commit},
 * {@code SET SESSION TRANSACTION READ ONLY}...), counted where Hibernate's statistics see only
 * Hibernate's. Installed on the test context's pool by {@link MarketplaceTest} as the driver's
 * {@code queryInterceptors}; a test records one request at a time with {@link #during(Runnable)}.
 */
public final class SqlStatements implements QueryInterceptor {

    private static final int KEPT = 200;
    private static final List<String> SENT = new ArrayList<>();
    private static boolean recording;

    /** The statements sent while the action ran (the connector's background pings are not statements). */
    public static List<String> during(Runnable action) {
        synchronized (SENT) {
            SENT.clear();
            recording = true;
        }
        try {
            action.run();
        } finally {
            synchronized (SENT) {
                recording = false;
            }
        }
        synchronized (SENT) {
            return List.copyOf(SENT);
        }
    }

    @Override
    public QueryInterceptor init(MysqlConnection connection, Properties properties, Log log) {
        return this;
    }

    @Override
    public <T extends Resultset> T preProcess(Supplier<String> sql, Query query) {
        synchronized (SENT) {
            if (recording && SENT.size() < KEPT) {
                SENT.add(sql == null ? "?" : String.valueOf(sql.get()));
            }
        }
        return null;
    }

    @Override
    public boolean executeTopLevelOnly() {
        return false;
    }

    @Override
    public void destroy() {
    }

    @Override
    public <T extends Resultset> T postProcess(Supplier<String> sql, Query query, T resultSet, ServerSession session) {
        return null;
    }
}
