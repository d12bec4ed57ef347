package org.openspacemakers.marketplace.support;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.openspacemakers.marketplace.MarketplaceApplication;
import org.openspacemakers.marketplace.testdb.TestDatabase;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A store of a test's own, started apart from the shared test context: a fresh schema on the test
 * database server, its own files, the demo loaded. For the tests that play the demo's scenarios,
 * which change the demo that other tests read in the shared store.
 */
public final class DemoStore implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final Api api;
    private final List<String> shared;

    private DemoStore(ConfigurableApplicationContext context, List<String> shared) {
        this.context = context;
        this.api = new Api(context.getEnvironment());
        this.shared = shared;
    }

    /**
     * Starts the store on a fresh schema, with its files in that folder, and loads the demo; more
     * command-line arguments (such as {@code --spring.profiles.active=bench}) may follow.
     */
    public static DemoStore start(Path dataDir, String... arguments) {
        return start(new Class<?>[] {MarketplaceApplication.class}, dataDir, arguments);
    }

    /** {@link #start(Path, String...)} with more configuration classes or beans beside the store's (a test clock). */
    public static DemoStore start(Class<?>[] sources, Path dataDir, String... arguments) {
        TestDatabase.Target schema = TestDatabase.freshSchema();
        List<String> shared = List.of("--spring.datasource.url=" + schema.jdbcUrl(),
                "--spring.datasource.username=" + schema.username(), "--spring.datasource.password=" + schema.password(),
                "--marketplace.data-dir=" + dataDir, "--server.port=0");
        List<String> all = new ArrayList<>(shared);
        all.add("--marketplace.demo.enabled=true");
        all.addAll(List.of(arguments));
        return new DemoStore(SpringApplication.run(sources, all.toArray(String[]::new)), shared);
    }

    /**
     * Another node of this store: a second application on the same database and the same files, on
     * a port of its own, as a load balancer would have behind it (the first node loaded the demo).
     */
    public DemoStore anotherNode(Class<?>[] sources, String... arguments) {
        List<String> all = new ArrayList<>(shared);
        all.addAll(List.of(arguments));
        return new DemoStore(SpringApplication.run(sources, all.toArray(String[]::new)), shared);
    }

    /** A client of this store. */
    public Api api() {
        return api;
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }
}
