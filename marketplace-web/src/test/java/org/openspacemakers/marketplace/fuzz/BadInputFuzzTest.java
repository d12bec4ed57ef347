package org.openspacemakers.marketplace.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openspacemakers.marketplace.account.AccessTokens;
import org.openspacemakers.marketplace.fixtures.Fixtures;
import org.openspacemakers.marketplace.support.Api;
import org.openspacemakers.marketplace.support.LogEvents;
import org.openspacemakers.marketplace.support.MarketplaceTest;
import org.openspacemakers.marketplace.support.RawHttp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Thousands of generated malformed requests across the API and every role's pages
 * ({@link Malformations}): none may answer 5xx, none may store anything (every table's row
 * count unchanged), none may log a warning, an error or a stack trace; the API answers
 * problem+json, the pages never show a stack trace or the server's own error page.
 *
 * <p>{@code -Dfuzz.seed} and {@code -Dfuzz.cases} choose the seed and the number of cases; a
 * failure names each case, which the seed and its number rebuild alone. When a count moves,
 * {@code -Dfuzz.diagnose=true} sends the cases one at a time and prints each write that stored
 * something, with the tables it changed.
 */
@MarketplaceTest
class BadInputFuzzTest {

    static final long SEED = Long.getLong("fuzz.seed", 20261202L);
    static final int CASES = Integer.getInteger("fuzz.cases", 10_000);
    private static final boolean DIAGNOSE = Boolean.getBoolean("fuzz.diagnose");
    private static final int CLIENTS = DIAGNOSE ? 1 : Integer.getInteger("fuzz.clients", 4);

    @Autowired
    Api api;
    @Autowired
    Fixtures fixtures;
    @Autowired
    AccessTokens accessTokens;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void malformedRequestsAreRefusedCleanlyAndChangeNothing() throws Exception {
        World world = new World(fixtures, accessTokens, api);
        RawHttp http = api.rawHttp();
        Malformations malformations = new Malformations(world, Catalogue.endpoints(world),
                api.baseUrl().substring("http://".length()), SEED);
        Map<String, Long> rowsBefore = rowCounts();
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger next = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try (LogEvents logged = LogEvents.capture()) {
            List<Future<?>> running = new ArrayList<>();
            for (int client = 0; client < CLIENTS; client++) {
                running.add(clients.submit(() -> {
                    Map<String, Long> counted = DIAGNOSE ? rowCounts() : Map.of();
                    for (int number = next.getAndIncrement(); number < CASES; number = next.getAndIncrement()) {
                        Probe probe = malformations.probe(number);
                        RawHttp.Reply reply = http.send(probe.head().getBytes(StandardCharsets.ISO_8859_1), probe.body());
                        check(probe, reply).ifPresent(failures::add);
                        if (DIAGNOSE && !probe.head().startsWith("GET ")) {
                            Map<String, Long> now = rowCounts();
                            if (!now.equals(counted)) {
                                System.out.println("STORED by " + reply.status() + " " + probe + ": " + changes(counted, now));
                                counted = now;
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> client : running) {
                client.get();
            }
            assertThat(failures).as("answers to %d malformed requests (seed %d), %d wrong, the first 40:%n%s", CASES, SEED,
                    failures.size(), String.join("\n", failures.subList(0, Math.min(40, failures.size())))).isEmpty();
            assertThat(logged.warningsAndErrors()).as("warnings and errors logged for clients' mistakes (seed %d):%n%s", SEED,
                    LogEvents.describe(logged.warningsAndErrors())).isEmpty();
            assertThat(logged.withThrowable()).as("stack traces logged for clients' mistakes (seed %d):%n%s", SEED,
                    LogEvents.describe(logged.withThrowable())).isEmpty();
        } finally {
            clients.shutdownNow();
        }
        Map<String, Long> rowsAfter = rowCounts();
        assertThat(rowsAfter).as("row counts after %d malformed requests (seed %d), changed: %s; -Dfuzz.diagnose=true names"
                + " the cases", CASES, SEED, changes(rowsBefore, rowsAfter)).isEqualTo(rowsBefore);
    }

    /** What is wrong with an answer: a 5xx, an API error not in problem details, a page showing the server's insides. */
    private static Optional<String> check(Probe probe, RawHttp.Reply reply) {
        if (reply.status() >= 500) {
            return Optional.of(reply.status() + " for " + probe);
        }
        String type = String.valueOf(reply.header("Content-Type"));
        if (probe.api() && reply.status() >= 400 && !type.startsWith("application/problem+json")) {
            return Optional.of(reply.status() + " as " + type + " for " + probe);
        }
        String text = reply.text();
        if (text.contains("\tat ") || text.contains("Apache Tomcat") || text.contains("Whitelabel")
                || text.contains("java.lang.") || text.contains("SQLException")) {
            return Optional.of(reply.status() + " showing server internals for " + probe);
        }
        return Optional.empty();
    }

    /**
     * Every table's row count, by name, but for the page sessions (a request for a page behind the
     * sign-in keeps, in a new session, where to come back to) and the scheduled jobs' locks: the
     * machinery of the web layer, not what a request may change.
     */
    private Map<String, Long> rowCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : jdbc.queryForList("SELECT table_name FROM information_schema.tables"
                + " WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'"
                + " AND table_name NOT IN ('SPRING_SESSION', 'SPRING_SESSION_ATTRIBUTES', 'shedlock') ORDER BY table_name",
                String.class)) {
            counts.put(table, jdbc.queryForObject("SELECT COUNT(*) FROM `" + table + "`", Long.class));
        }
        return counts;
    }

    private static String changes(Map<String, Long> before, Map<String, Long> after) {
        StringBuilder changed = new StringBuilder();
        after.forEach((table, count) -> {
            if (!count.equals(before.get(table))) {
                changed.append(table).append(' ').append(before.get(table)).append(" -> ").append(count).append("; ");
            }
        });
        return changed.toString();
    }
}
