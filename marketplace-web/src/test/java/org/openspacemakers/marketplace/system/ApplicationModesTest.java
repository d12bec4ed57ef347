package org.openspacemakers.marketplace.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openspacemakers.marketplace.MarketplaceApplication;
import org.openspacemakers.marketplace.testdb.TestDatabase;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The store started as a user starts it, outside the shared test context: on its own embedded
 * MariaDB with the demo, or on a configured server with no demo and a first administrator.
 */
class ApplicationModesTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path dataDir;

    @Test
    void withNoDatabaseConfiguredItRunsOnItsOwnMariaDbLoadsTheDemoOnceAndKeepsItsData() throws Exception {
        String orderId;
        int boards;
        try (ConfigurableApplicationContext store = start("--spring.datasource.url=", "--marketplace.data-dir=" + dataDir)) {
            boards = store.getBean(JdbcTemplate.class).queryForObject("SELECT COUNT(*) FROM boards", Integer.class);
            assertThat(get(store, "/api/v1/boards", null)).contains("thermocouple-card", "padauk-programmer");
            assertThat(get(store, "/", null)).contains("id=\"demo-banner\"");
            String offer = store.getBean(JdbcTemplate.class).queryForObject("""
                    SELECT o.id FROM offers o JOIN revisions r ON r.id = o.revision_id JOIN boards b ON b.id = r.board_id
                    WHERE b.slug = 'thermocouple-card' AND o.kind = 'FULL_KIT'""", String.class);
            HttpResponse<String> placed = http.send(HttpRequest.newBuilder(uri(store, "/api/v1/orders"))
                    .header("Authorization", basic("buyer@demo.test", DemoData.PASSWORD))
                    .header("Content-Type", "application/json")
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .POST(HttpRequest.BodyPublishers.ofString(
                            org.openspacemakers.marketplace.support.OrderBodies.orderBody(UUID.fromString(offer), 1, "FR")))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(placed.statusCode()).isEqualTo(201);
            orderId = placed.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
            // Without Stripe's keys the store takes bank transfers alone: a card order names the payment method.
            HttpResponse<String> byCard = http.send(HttpRequest.newBuilder(uri(store, "/api/v1/orders"))
                    .header("Authorization", basic("buyer@demo.test", DemoData.PASSWORD))
                    .header("Content-Type", "application/json")
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .POST(HttpRequest.BodyPublishers.ofString(org.openspacemakers.marketplace.support.OrderBodies
                            .orderBody(UUID.fromString(offer), 1, "FR")
                            .replace("\"buyerType\"", "\"paymentMethod\":\"CARD\",\"buyerType\"")))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(byCard.statusCode()).isEqualTo(400);
            assertThat(byCard.body()).contains("\"field\":\"paymentMethod\"");
        }
        try (ConfigurableApplicationContext again = start("--spring.datasource.url=", "--marketplace.data-dir=" + dataDir,
                "--spring.datasource.hikari.maximum-pool-size=7")) {
            assertThat(get(again, "/api/v1/orders/" + orderId, basic("buyer@demo.test", DemoData.PASSWORD))).contains(orderId);
            assertThat(again.getBean(HikariDataSource.class).getMaximumPoolSize())
                    .as("the embedded database's pool takes Boot's pool settings").isEqualTo(7);
            assertThat(again.getBean(JdbcTemplate.class).queryForObject("SELECT COUNT(*) FROM boards", Integer.class))
                    .as("the demo loads once").isEqualTo(boards);
        }
    }

    @Test
    void withADatabaseConfiguredItLoadsNoDemoAndCreatesTheFirstAdministratorOnce() throws Exception {
        TestDatabase.Target schema = TestDatabase.freshSchema();
        String[] database = {"--spring.datasource.url=" + schema.jdbcUrl(), "--spring.datasource.username=" + schema.username(),
                "--spring.datasource.password=" + schema.password()};
        try (ConfigurableApplicationContext store = start(concat(database, "--marketplace.admin.email=first@example.org",
                "--marketplace.admin.password=first-admin-password"))) {
            assertThat(get(store, "/api/v1/boards", null)).contains("\"items\":[]");
            assertThat(get(store, "/", null)).doesNotContain("demo-banner");
            String missing = "/api/v1/orders/" + UUID.randomUUID();
            assertThat(status(store, missing, basic("first@example.org", "first-admin-password"))).isEqualTo(404);
        }
        try (ConfigurableApplicationContext store = start(concat(database, "--marketplace.admin.email=second@example.org",
                "--marketplace.admin.password=second-admin-password"))) {
            assertThat(store.getBean(JdbcTemplate.class).queryForObject(
                    "SELECT COUNT(*) FROM user_roles WHERE role = 'ADMIN'", Integer.class)).isEqualTo(1);
            assertThat(status(store, "/api/v1/orders/" + UUID.randomUUID(), basic("second@example.org", "second-admin-password")))
                    .isEqualTo(401);
        }
    }

    private static ConfigurableApplicationContext start(String... args) {
        return SpringApplication.run(MarketplaceApplication.class, concat(args, "--server.port=0"));
    }

    private String get(ConfigurableApplicationContext store, String path, String authorization) throws Exception {
        HttpResponse<String> response = send(store, path, authorization);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    private int status(ConfigurableApplicationContext store, String path, String authorization) throws Exception {
        return send(store, path, authorization).statusCode();
    }

    private HttpResponse<String> send(ConfigurableApplicationContext store, String path, String authorization)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(store, path)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(ConfigurableApplicationContext store, String path) {
        return URI.create("http://localhost:" + store.getEnvironment().getProperty("local.server.port") + path);
    }

    private static String basic(String email, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static String[] concat(String[] first, String... more) {
        String[] all = java.util.Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }
}
