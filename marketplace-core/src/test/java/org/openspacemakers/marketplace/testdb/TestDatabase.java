package org.openspacemakers.marketplace.testdb;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openspacemakers.marketplace.embedded.EmbeddedMariaDb;
import org.springframework.util.FileSystemUtils;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.mysql.MySQLContainer;

/**
 * The real MySQL-protocol server the tests of this JVM use, chosen once: the server named by
 * {@code MARKETPLACE_TEST_DB_URL} (in a schema of this run's own, dropped at the end), else a
 * Testcontainers MySQL 8.4 where Docker runs, else an embedded MariaDB in a temporary folder.
 * Never skipped: on a machine with none of these, the embedded server is always there.
 */
public final class TestDatabase {

    /** Where the tests' connection goes. */
    public record Target(String jdbcUrl, String username, String password, String description) {
    }

    private static final Pattern JDBC_URL = Pattern.compile("^(jdbc:[a-z]+://[^/?]+)(?:/([^?]*))?(\\?.*)?$");
    private static final String SCHEMA_PREFIX = "mkt_test_";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private static Target server;
    private static Target target;

    private TestDatabase() {
    }

    /** The schema the Spring test contexts of this JVM share. */
    public static synchronized Target target() {
        if (target == null) {
            target = freshSchema();
        }
        return target;
    }

    /** Another empty schema on the same server, dropped when the JVM ends: for a store started by hand. */
    public static synchronized Target freshSchema() {
        Target on = server();
        return ownSchemaOn(on.jdbcUrl(), on.username(), on.password());
    }

    private static Target server() {
        if (server == null) {
            String url = System.getenv("MARKETPLACE_TEST_DB_URL");
            if (url != null && !url.isBlank()) {
                server = new Target(url.strip(), env("MARKETPLACE_TEST_DB_USER", "root"),
                        env("MARKETPLACE_TEST_DB_PASSWORD", ""), "MARKETPLACE_TEST_DB_URL");
            } else if (dockerAvailable()) {
                server = container();
            } else {
                server = embedded();
            }
        }
        return server;
    }

    private static Target ownSchemaOn(String url, String user, String password) {
        Matcher parts = JDBC_URL.matcher(url);
        if (!parts.matches()) {
            throw new IllegalArgumentException("MARKETPLACE_TEST_DB_URL is not a jdbc:mysql://host:port/db URL: " + url);
        }
        String schema = SCHEMA_PREFIX + LocalDateTime.now(ZoneOffset.UTC).format(STAMP) + "_"
                + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x1000, 0xffff));
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
            dropLeftovers(statement);
            statement.execute("CREATE DATABASE " + schema + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test schema on " + url, e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try (Connection connection = DriverManager.getConnection(url, user, password);
                    Statement statement = connection.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + schema);
            } catch (SQLException e) {
                System.err.println("could not drop test schema " + schema + ": " + e.getMessage());
            }
        }));
        String query = parts.group(3) == null ? "" : parts.group(3);
        return new Target(parts.group(1) + "/" + schema + query, user, password, "schema " + schema + " on " + parts.group(1));
    }

    /** Schemas of runs that died before dropping theirs, a day old or more. */
    private static void dropLeftovers(Statement statement) throws SQLException {
        String dayAgo = LocalDateTime.now(ZoneOffset.UTC).minusDays(1).format(STAMP);
        List<String> stale = new ArrayList<>();
        try (ResultSet schemas = statement.executeQuery("SHOW DATABASES LIKE '" + SCHEMA_PREFIX + "%'")) {
            while (schemas.next()) {
                String name = schemas.getString(1);
                String stamp = name.substring(SCHEMA_PREFIX.length()).split("_")[0];
                if (stamp.compareTo(dayAgo) < 0) {
                    stale.add(name);
                }
            }
        }
        for (String name : stale) {
            statement.execute("DROP DATABASE IF EXISTS " + name);
        }
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    @SuppressWarnings("resource") // stopped by Testcontainers' reaper when the JVM ends
    private static Target container() {
        // As root, so that each run (and each test) can create schemas of its own.
        MySQLContainer mysql = new MySQLContainer("mysql:8.4").withUsername("root").withPassword("test");
        mysql.start();
        return new Target(mysql.getJdbcUrl(), mysql.getUsername(), mysql.getPassword(), "Testcontainers MySQL 8.4");
    }

    private static Target embedded() {
        try {
            Path folder = Files.createTempDirectory("marketplace-test-db");
            EmbeddedMariaDb server = EmbeddedMariaDb.start(folder.resolve("mariadb"), folder.resolve("db"));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.close();
                try {
                    FileSystemUtils.deleteRecursively(folder);
                } catch (IOException e) {
                    System.err.println("could not delete " + folder + ": " + e.getMessage());
                }
            }));
            return new Target(server.jdbcUrl("marketplace_test"), server.username(), server.password(), "embedded MariaDB in " + folder);
        } catch (IOException e) {
            throw new IllegalStateException("cannot prepare the embedded test database", e);
        }
    }

    private static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null ? otherwise : value;
    }
}
