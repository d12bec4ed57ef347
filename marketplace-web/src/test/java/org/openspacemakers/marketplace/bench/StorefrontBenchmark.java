package org.openspacemakers.marketplace.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openspacemakers.marketplace.MarketplaceApplication;
import org.openspacemakers.marketplace.catalog.BoardQueries;
import org.openspacemakers.marketplace.catalog.ListingQuery;
import org.openspacemakers.marketplace.catalog.ListingSort;
import org.openspacemakers.marketplace.compliance.BuyerType;
import org.openspacemakers.marketplace.compliance.CountryCode;
import org.openspacemakers.marketplace.compliance.Destination;
import org.openspacemakers.marketplace.compliance.OfferKind;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * How fast the storefront list answers at 100,000 boards, and how much slower than at 1,000.
 * For each catalogue size asked, starts the store in this JVM on a fresh schema
 * ({@code mkt_bench_<timestamp>}, with {@code _<boards>} when several sizes are asked; dropped at
 * the end) and bulk-loads a catalogue by JDBC batches; then times {@code GET /api/v1/boards} (and
 * {@code GET /}) over real HTTP on the loopback, scenario by scenario, each scenario on every size in
 * turn, and prints the plan of each scenario's SQL, which the store itself builds
 * ({@link BoardQueries#listStatement}).
 *
 * <p>A program, not a test: the build never runs it. How to run it, and the last results, are in
 * {@code docs/benchmarks/storefront.md}. System properties, all optional: {@code bench.db.url}
 * (else {@code MARKETPLACE_TEST_DB_URL}, else {@code jdbc:mysql://127.0.0.1:3306/test}),
 * {@code bench.db.user} (else {@code MARKETPLACE_TEST_DB_USER}, else {@code root}),
 * {@code bench.db.password} (else {@code MARKETPLACE_TEST_DB_PASSWORD}, else empty), {@code bench.boards}
 * (100000; several sizes separated by commas, e.g. {@code 1000,100000}, for a comparison of their
 * p99), {@code bench.requests} (1000 timed per scenario), {@code bench.warmup} (50),
 * {@code bench.deepPage} (500), {@code bench.maxSeconds} (60 s of timing per scenario and size at
 * most), {@code bench.seed}, {@code bench.keepSchema} (false: the schemas are dropped at the end).
 */
final class StorefrontBenchmark {

    private static final Pattern JDBC_URL = Pattern.compile("^(jdbc:[a-z]+://[^/?]+)(?:/([^?]*))?(\\?.*)?$");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int PAGE_SIZE = 20;
    private static final int HTML_PAGE_SIZE = 24;
    /** The bound for p99 at the largest size against the smallest. */
    private static final double SCALE_BOUND = 1.5;

    private final Settings settings;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private boolean cleanUpFailed;

    private StorefrontBenchmark(Settings settings) {
        this.settings = settings;
    }

    public static void main(String[] args) {
        int status;
        try {
            StorefrontBenchmark benchmark = new StorefrontBenchmark(Settings.fromSystemProperties());
            benchmark.run();
            status = benchmark.cleanUpFailed ? 1 : 0;
        } catch (Exception | AssertionError e) {
            e.printStackTrace();
            status = 1;
        }
        // Spring and the HTTP client may leave non-daemon threads behind; the run is over.
        System.exit(status);
    }

    private void run() throws Exception {
        Server server = Server.parse(settings.dbUrl());
        String stamp = LocalDateTime.now(ZoneOffset.UTC).format(STAMP);
        say("Storefront benchmark: %s boards, %d timed requests per scenario (at most %d s) after %d warm-up, on %s",
                settings.boards().stream().map(b -> String.format(Locale.ROOT, "%,d", b)).collect(Collectors.joining(" and ")),
                settings.requests(), settings.maxSeconds(), settings.warmup(), server.hostPart());
        say("Machine: %s", Machine.describe());

        List<Store> stores = new ArrayList<>();
        try {
            for (int boards : settings.boards()) {
                Store store = new Store(boards, "mkt_bench_" + stamp + (settings.boards().size() > 1 ? "_" + boards : ""));
                stores.add(store);
                store.start(server);
            }
            measure(stores);
        } finally {
            for (Store store : stores) {
                try {
                    store.stop(server);
                } catch (Exception e) {
                    e.printStackTrace();
                    cleanUpFailed = true;
                }
            }
        }
    }

    /** The store started on a schema of its own, with a catalogue of {@code boards} boards. */
    private final class Store {

        final int boards;
        final String schema;
        private boolean created;
        private Path dataDir;
        private ConfigurableApplicationContext app;
        Connection db;
        String base;
        BoardQueries queries;
        Loaded loaded;

        Store(int boards, String schema) {
            this.boards = boards;
            this.schema = schema;
        }

        void start(Server server) throws Exception {
            try (Connection admin = server.connect("", settings)) {
                execute(admin, "CREATE DATABASE " + schema + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            }
            created = true;
            dataDir = Files.createTempDirectory("mkt-bench-");
            long started = System.nanoTime();
            app = SpringApplication.run(MarketplaceApplication.class,
                    "--server.port=0",
                    "--server.address=127.0.0.1",
                    "--spring.datasource.url=" + server.urlFor(schema, ""),
                    "--spring.datasource.username=" + settings.user(),
                    "--spring.datasource.password=" + settings.password(),
                    "--marketplace.demo.enabled=false",
                    "--marketplace.data-dir=" + dataDir,
                    "--spring.main.banner-mode=off",
                    "--logging.level.root=WARN");
            int port = app.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
            base = "http://127.0.0.1:" + port;
            queries = app.getBean(BoardQueries.class);
            say("Store started on %s with schema %s in %.1f s (Flyway created the tables)", base, schema, seconds(started));

            db = server.connect(schema, settings);
            say("Database: %s, innodb_buffer_pool_size %s MiB", scalar(db, "SELECT VERSION()"),
                    Long.parseLong(scalar(db, "SELECT @@innodb_buffer_pool_size")) / (1024 * 1024));
            loaded = new CatalogueLoader(db, settings.seed()).load(boards);
            say("Loaded %s", loaded);
            started = System.nanoTime();
            for (String table : List.of("teams", "boards", "revisions", "offers", "orderable_offers")) {
                query(db, "ANALYZE TABLE " + table);
            }
            say("ANALYZE TABLE in %.1f s; boards table %s", seconds(started), tableSize(db, schema, "boards"));
        }

        void stop(Server server) throws Exception {
            try {
                if (db != null) {
                    db.close();
                }
                if (app != null) {
                    app.close();
                }
            } finally {
                if (created && settings.keepSchema()) {
                    say("Stopped the store; kept %s (bench.keepSchema): DROP DATABASE %s; when done", schema, schema);
                } else if (created) {
                    try (Connection admin = server.connect("", settings)) {
                        execute(admin, "DROP DATABASE IF EXISTS " + schema);
                        say("Stopped the store and dropped %s", schema);
                    }
                }
                if (dataDir != null) {
                    deleteRecursively(dataDir);
                }
            }
        }

        String label() {
            return String.format(Locale.ROOT, "%,d", boards);
        }
    }

    private void measure(List<Store> stores) throws Exception {
        List<List<Scenario>> scenarios = new ArrayList<>();
        for (Store store : stores) {
            scenarios.add(scenarios(store));
        }
        int count = scenarios.get(0).size();
        Result[][] results = new Result[stores.size()][count];

        // A first round of warm-up over every scenario and size, so that the JIT's work is mostly done before
        // the first timing, and does not weigh on whichever scenario or size comes first.
        long started = System.nanoTime();
        for (int i = 0; i < count; i++) {
            for (int s = 0; s < stores.size(); s++) {
                warmUp(stores.get(s), scenarios.get(s).get(i));
            }
        }
        say("Warmed every scenario up at every size in %.1f s", seconds(started));
        String loadBefore = Machine.loadAverage();
        for (int i = 0; i < count; i++) {
            for (int s = 0; s < stores.size(); s++) {
                Scenario scenario = scenarios.get(s).get(i);
                Result result = time(stores.get(s), scenario);
                results[s][i] = result;
                say("  %9s boards  %-48s p50 %6.1f  p95 %6.1f  p99 %6.1f  max %6.1f ms  (%d requests, %d items, load %s)",
                        stores.get(s).label(), scenario.name(), result.p50(), result.p95(), result.p99(), result.max(),
                        result.samples(), result.items(), Machine.loadAverage());
            }
        }
        String loadAfter = Machine.loadAverage();

        List<List<Plan>> plans = new ArrayList<>();
        for (int s = 0; s < stores.size(); s++) {
            Store store = stores.get(s);
            int rare = scenarios.get(s).indexOf(scenarios.get(s).stream().filter(Scenario::rare).findFirst().orElseThrow());
            int rareFound = results[s][rare].items();
            check(rareFound == Math.min(PAGE_SIZE, store.loaded.rareListed()),
                    "the rare part should find " + store.loaded.rareListed() + " boards, found " + rareFound);
            List<Plan> storePlans = new ArrayList<>();
            for (Scenario scenario : scenarios.get(s)) {
                storePlans.add(Plan.of(store.db, store.queries.listStatement(scenario.query())));
            }
            plans.add(storePlans);
        }

        for (int s = 0; s < stores.size(); s++) {
            System.out.println();
            if (stores.size() > 1) {
                System.out.println("### " + stores.get(s).label() + " boards");
                System.out.println();
            }
            System.out.println("| scenario | request | items | requests | p50 ms | p95 ms | p99 ms | max ms | SQL ms | rows read "
                    + "| plan (table: key, est. rows → rows given) |");
            System.out.println("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|");
            for (int i = 0; i < count; i++) {
                Scenario scenario = scenarios.get(s).get(i);
                Result r = results[s][i];
                Plan plan = plans.get(s).get(i);
                System.out.printf(Locale.ROOT, "| %s | `%s` | %d | %d | %.1f | %.1f | %.1f | %.1f | %s | %,d | %s |%n",
                        scenario.name(), scenario.shownPath(), r.items(), r.samples(), r.p50(), r.p95(), r.p99(), r.max(),
                        plan.serverMillis() < 0 ? "–" : String.format(Locale.ROOT, "%.1f", plan.serverMillis()), plan.rowsRead(),
                        plan.summary());
            }
        }
        if (stores.size() > 1) {
            compare(stores, scenarios.get(0), results);
        }
        System.out.println();
        say("Load average before timing: %s; after: %s", loadBefore, loadAfter);
        for (int s = 0; s < stores.size(); s++) {
            System.out.println();
            for (int i = 0; i < count; i++) {
                Scenario scenario = scenarios.get(s).get(i);
                System.out.println("-- " + stores.get(s).label() + " boards: " + scenario.name());
                System.out.println(sqlWithValues(stores.get(s).queries.listStatement(scenario.query())));
                System.out.println(plans.get(s).get(i).details());
            }
        }
    }

    /** p99 (and p50) of every scenario at every size, and the ratio of the largest size's p99 to the smallest's. */
    private static void compare(List<Store> stores, List<Scenario> scenarios, Result[][] results) {
        Store smallest = stores.get(0);
        Store largest = stores.get(stores.size() - 1);
        System.out.println();
        System.out.printf(Locale.ROOT, "### p99 at %s boards against %s boards%n%n", largest.label(), smallest.label());
        StringBuilder header = new StringBuilder("| scenario |");
        StringBuilder rule = new StringBuilder("|---|");
        for (Store store : stores) {
            header.append(" p99 ms at ").append(store.label()).append(" |");
            rule.append("---:|");
        }
        header.append(" ratio | ≤ ").append(SCALE_BOUND).append(" × |");
        rule.append("---:|:---:|");
        for (Store store : stores) {
            header.append(" p50 ms at ").append(store.label()).append(" |");
            rule.append("---:|");
        }
        System.out.println(header);
        System.out.println(rule);
        int last = stores.size() - 1;
        for (int i = 0; i < scenarios.size(); i++) {
            String key = scenarios.get(i).key();
            StringBuilder row = new StringBuilder("| ").append(scenarios.get(i).scaleGoal() ? "**" + key + "**" : key).append(" |");
            for (int s = 0; s < stores.size(); s++) {
                row.append(String.format(Locale.ROOT, " %.1f |", results[s][i].p99()));
            }
            double ratio = results[last][i].p99() / results[0][i].p99();
            row.append(String.format(Locale.ROOT, " %.2f | %s |", ratio, ratio <= SCALE_BOUND ? "yes" : "**no**"));
            for (int s = 0; s < stores.size(); s++) {
                row.append(String.format(Locale.ROOT, " %.1f |", results[s][i].p50()));
            }
            System.out.println(row);
        }
        System.out.println();
        System.out.println("In bold: the storefront and search, which the issue's goal 4 bounds at " + SCALE_BOUND + " × in p99.");
    }

    /** The same scenarios for every size, in the same order; names give the matches at this size. */
    private List<Scenario> scenarios(Store store) throws IOException, InterruptedException {
        Loaded loaded = store.loaded;
        List<Scenario> scenarios = new ArrayList<>();
        scenarios.add(Scenario.api("name, first page", "", new Ask().sort(ListingSort.NAME)));
        scenarios.add(deepPage(store));
        scenarios.add(Scenario.api("newest, first page", "", new Ask().sort(ListingSort.NEWEST)));
        scenarios.add(Scenario.api("price ascending, first page", "", new Ask().sort(ListingSort.PRICE_ASC)));
        scenarios.add(Scenario.api("price descending, first page", "", new Ask().sort(ListingSort.PRICE_DESC)));
        scenarios.add(Scenario.api("search rare part " + CatalogueLoader.RARE_QUERY, matches(loaded.rareListed()),
                new Ask().text(CatalogueLoader.RARE_QUERY)));
        scenarios.add(Scenario.api("search common part " + CatalogueLoader.COMMON_QUERY, matches(loaded.commonListed()),
                new Ask().text(CatalogueLoader.COMMON_QUERY)));
        scenarios.add(Scenario.api("orderable to FR, consumer", matches(loaded.orderableToFrance()),
                new Ask().orderableTo("FR")));
        scenarios.add(Scenario.api("licence + kind + price range", matches(loaded.combined()),
                new Ask().licence(CatalogueLoader.COMBINED_LICENCE).kind(OfferKind.FULL_KIT)
                        .priceBetween(CatalogueLoader.COMBINED_MIN, CatalogueLoader.COMBINED_MAX)));
        scenarios.add(Scenario.api("licence + kind + price, selective", matches(loaded.selective()),
                new Ask().licence(CatalogueLoader.SELECTIVE_LICENCE).kind(OfferKind.ASSEMBLY_ONLY)
                        .priceBetween(CatalogueLoader.SELECTIVE_MIN, CatalogueLoader.SELECTIVE_MAX)));
        // As StorefrontPages asks it for a visitor without words or filters.
        scenarios.add(Scenario.of("storefront page GET / (HTML, 24 boards)", "", "/?lang=en",
                ListingQuery.all(Optional.empty(), Optional.empty(), HTML_PAGE_SIZE)));
        return scenarios;
    }

    private static String matches(int boards) {
        return String.format(Locale.ROOT, " (%,d board%s)", boards, boards == 1 ? "" : "s");
    }

    /**
     * Follows the NAME cursors to the deep page once, then the scenario fetches that page directly.
     * A catalogue too small for it gives its last full page instead, so that every size times a page of 20.
     */
    private Scenario deepPage(Store store) throws IOException, InterruptedException {
        String cursor = null;
        String previous = null;
        int page = 1;
        long started = System.nanoTime();
        long deadline = started + Duration.ofMinutes(5).toNanos();
        while (page < settings.deepPage() && System.nanoTime() < deadline) {
            JsonNode body = JSON.readTree(get(store, "/api/v1/boards?sort=NAME&size=" + PAGE_SIZE
                    + (cursor == null ? "" : "&cursor=" + cursor)).body());
            JsonNode next = body.get("nextCursor");
            if (next == null || next.isNull()) {
                if (body.get("items").size() < PAGE_SIZE && page > 1) {
                    cursor = previous;
                    page--;
                }
                break;
            }
            previous = cursor;
            cursor = next.asString();
            page++;
        }
        double walked = seconds(started);
        say("%s boards: followed %d cursors to page %d in %.1f s (%.1f ms a page, one client)", store.label(), page - 1, page,
                walked, page > 1 ? walked * 1000 / (page - 1) : 0.0);
        String key = "name, deep page by its cursor";
        if (cursor == null) {
            return Scenario.api(key, ": page 1 (too few boards to go deeper)", new Ask().sort(ListingSort.NAME));
        }
        return Scenario.api(key, ": page " + page, new Ask().sort(ListingSort.NAME).cursor(cursor));
    }

    /** {@code bench.warmup} requests, for {@code bench.maxSeconds} at most. */
    private void warmUp(Store store, Scenario scenario) throws IOException, InterruptedException {
        long warmUntil = System.nanoTime() + Duration.ofSeconds(settings.maxSeconds()).toNanos();
        for (int i = 0; i < settings.warmup() && System.nanoTime() < warmUntil; i++) {
            get(store, scenario.path());
        }
    }

    /** The scenario's own warm-up again (its rows back in the buffer pool), then the timed requests. */
    private Result time(Store store, Scenario scenario) throws IOException, InterruptedException {
        warmUp(store, scenario);
        List<Double> samples = new ArrayList<>();
        int items = 0;
        long deadline = System.nanoTime() + Duration.ofSeconds(settings.maxSeconds()).toNanos();
        while (samples.size() < settings.requests() && System.nanoTime() < deadline) {
            long start = System.nanoTime();
            HttpResponse<String> response = get(store, scenario.path());
            samples.add((System.nanoTime() - start) / 1e6);
            items = scenario.html() ? count(response.body(), "class=\"board-card\"")
                    : JSON.readTree(response.body()).get("items").size();
        }
        return Result.of(samples, items);
    }

    private HttpResponse<String> get(Store store, String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(store.base + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept-Language", "en")
                .GET()
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        check(response.statusCode() == 200, "GET " + path + " answered " + response.statusCode() + ": " + response.body());
        return response;
    }

    /** Settings from system properties; every one has a default. */
    record Settings(String dbUrl, String user, String password, List<Integer> boards, int requests, int warmup, int deepPage,
            int maxSeconds, long seed, boolean keepSchema) {

        static Settings fromSystemProperties() {
            String env = System.getenv("MARKETPLACE_TEST_DB_URL");
            String url = System.getProperty("bench.db.url",
                    env == null || env.isBlank() ? "jdbc:mysql://127.0.0.1:3306/test" : env.strip());
            List<Integer> boards;
            try {
                boards = Arrays.stream(System.getProperty("bench.boards", "100000").split(","))
                        .map(String::strip).map(Integer::valueOf).toList();
            } catch (NumberFormatException e) {
                throw new IllegalStateException("bench.boards must be a number of boards, or several separated by commas");
            }
            return new Settings(url, System.getProperty("bench.db.user", env("MARKETPLACE_TEST_DB_USER", "root")),
                    System.getProperty("bench.db.password", env("MARKETPLACE_TEST_DB_PASSWORD", "")),
                    boards, Integer.getInteger("bench.requests", 1_000),
                    Integer.getInteger("bench.warmup", 50), Integer.getInteger("bench.deepPage", 500),
                    Integer.getInteger("bench.maxSeconds", 60), Long.getLong("bench.seed", 20_261_126L),
                    Boolean.getBoolean("bench.keepSchema"));
        }

        private static String env(String name, String otherwise) {
            String value = System.getenv(name);
            return value == null ? otherwise : value;
        }

        Settings {
            check(!boards.isEmpty() && boards.size() <= 4, "bench.boards names one to four sizes");
            check(boards.stream().allMatch(b -> b >= 10 && b <= 2_000_000), "bench.boards must be between 10 and 2,000,000");
            check(boards.stream().distinct().count() == boards.size(), "bench.boards names a size twice");
            boards = boards.stream().sorted().toList();
            check(requests >= 1 && requests <= 10_000, "bench.requests must be between 1 and 10,000");
            check(warmup >= 0 && warmup <= 10_000, "bench.warmup must be between 0 and 10,000");
            check(deepPage >= 1 && deepPage <= 10_000, "bench.deepPage must be between 1 and 10,000");
            check(maxSeconds >= 1 && maxSeconds <= 600, "bench.maxSeconds must be between 1 and 600");
        }
    }

    /** The MySQL-protocol server named by a JDBC URL, whose database part is replaced by ours. */
    record Server(String hostPart, String parameters) {

        static Server parse(String url) {
            Matcher parts = JDBC_URL.matcher(url);
            check(parts.matches(), "not a jdbc:mysql://host:port/db URL: " + url);
            return new Server(parts.group(1), parts.group(3) == null ? "" : parts.group(3).substring(1));
        }

        String urlFor(String schema, String extra) {
            String query = Stream.of(parameters, extra).filter(p -> !p.isEmpty()).collect(Collectors.joining("&"));
            return hostPart + "/" + schema + (query.isEmpty() ? "" : "?" + query);
        }

        /** A connection for loading: batches are rewritten into multi-row INSERTs. */
        Connection connect(String schema, Settings settings) throws SQLException {
            return DriverManager.getConnection(urlFor(schema, "rewriteBatchedStatements=true"), settings.user(),
                    settings.password());
        }
    }

    /** What was loaded, and how many listed boards each scenario's filter should find. */
    record Loaded(int teams, int boards, int listed, int orderable, int offers, int destinations, int rareListed,
            int commonListed, int orderableToFrance, int combined, int selective, double seconds) {

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%,d teams, %,d boards (%,d listed, %,d orderable), %,d revisions, %,d offers, "
                    + "%,d orderable_offers rows in %.1f s", teams, boards, listed, orderable, boards, offers, destinations,
                    seconds);
        }
    }

    /**
     * A catalogue that looks like the real one: names and summaries from a space-maker vocabulary
     * (so names repeat and the slug breaks ties), the accepted licences with a realistic skew, one
     * or two offers per board at whole-euro prices (ties again), listing dates spread over four
     * years, a search text of name, summary, tags and 8 to 24 part numbers drawn with a heavy skew
     * (common passives on many boards, most parts on few), one rare part on about 10 boards and
     * one common part on about 10 % of the listed boards, and destinations for the approved ones.
     */
    static final class CatalogueLoader {

        static final String RARE_PART = "ADS1299IPAGR";
        static final String RARE_QUERY = "ADS1299";
        static final String COMMON_PART = "NE555DR";
        static final String COMMON_QUERY = "NE555";
        static final String COMBINED_LICENCE = "CERN-OHL-S-2.0";
        static final long COMBINED_MIN = 2_000;
        static final long COMBINED_MAX = 6_000;
        static final String SELECTIVE_LICENCE = "MPL-2.0";
        static final long SELECTIVE_MIN = 1_000;
        static final long SELECTIVE_MAX = 1_500;
        private static final int CHUNK = 1_000;
        private static final long FOUR_YEARS_MICROS = 4L * 365 * 86_400 * 1_000_000;

        private static final String[] ADJECTIVES = {"Tiny", "Isolated", "Quad", "Dual", "Low-Noise", "Precision", "Rugged",
            "Open", "Compact", "Wireless", "Industrial", "Modular", "Portable", "Solar", "Smart", "Minimal", "High-Voltage",
            "Battery", "Stackable", "Educational"};
        private static final String[] FUNCTIONS = {"Thermocouple", "Stepper", "LoRa", "CAN", "RS485", "Audio", "LED", "Power",
            "GPS", "Motor", "Servo", "Relay", "Sensor", "Weather", "Geiger", "Spectrum", "Logic", "FPGA", "USB", "Ethernet",
            "Camera", "Oscilloscope", "Synth", "Radio", "Telemetry", "Star-Tracker", "Magnetometer", "Reaction-Wheel",
            "Sun-Sensor", "CubeSat"};
        private static final String[] NOUNS = {"Amplifier", "Driver", "Hat", "Shield", "Breakout", "Programmer", "Controller",
            "Logger", "Interface", "Bridge", "Module", "Board", "Analyzer", "Transceiver", "Probe", "Kit", "Monitor", "Charger",
            "Receiver", "Dev Board"};
        private static final String[] SUFFIXES = {"", "", "", "Mk2", "Mk3", "v2", "Pro", "Lite", "Mini", "X"};
        private static final String[] USES = {"CubeSat payloads", "high-altitude balloons", "ground stations",
            "rocketry telemetry", "classroom labs", "amateur radio", "weather stations", "lab benches", "rover prototypes",
            "sounding rockets", "hackerspace workshops", "satellite tracking"};
        private static final String[] FEATURES = {"USB-C power", "an I2C header", "galvanic isolation", "a Qwiic connector",
            "reverse-polarity protection", "ESD protection", "an SPI flash", "a JTAG port", "four mounting holes",
            "a battery fuel gauge", "a low-dropout regulator", "a temperature-compensated oscillator", "status LEDs",
            "screw terminals", "a microSD slot", "a u.FL antenna connector", "an open-source firmware"};
        private static final String[] TAGS = {"i2c", "spi", "uart", "usb-c", "kicad", "rp2040", "esp32", "stm32", "lora",
            "can", "rs485", "cubesat", "balloon", "rocketry", "education", "power", "sensor", "rf", "fpga", "arduino"};
        private static final String[] VALUES = {"10k", "4k7", "100nF", "10uF", "1uF", "22pF", "0R", "1k", "100k", "ferrite",
            "LED_0603", "USB_C_Receptacle", "Conn_01x04", "Crystal_12MHz"};
        private static final String[] LICENCES = {"CERN-OHL-S-2.0", "CERN-OHL-W-2.0", "CERN-OHL-P-2.0", "MIT",
            "CC-BY-SA-4.0", "Apache-2.0", "GPL-3.0-or-later", "TAPR-OHL-1.0", "CC-BY-4.0", "BSD-3-Clause", "CC0-1.0",
            "Solderpad-0.51", "CERN-OHL-1.2", "GPL-2.0-or-later", "MPL-2.0"};
        private static final double[] LICENCE_WEIGHTS = {25, 10, 8, 15, 12, 6, 6, 2, 4, 3, 3, 2, 2, 1, 1};
        private static final String[] PART_PREFIXES = {"STM32F", "STM32G", "STM32L", "ATMEGA", "ATTINY", "RP2040", "ESP32",
            "LM", "TPS", "MAX", "ADP", "LTC", "TLV", "MCP", "PCA", "INA", "BME", "ICM", "SX12", "W25Q", "FT", "CH",
            "SN74LVC", "BSS", "AO", "XC6206P", "AMS1117", "USBLC6", "GRM188R71H", "CL10A", "RC0603FR", "ERJ3EKF",
            "0603WAF", "B5819W", "SS34", "TCA", "DRV", "A4988", "TMC", "CP210"};
        private static final String[] PART_ENDINGS = {"", "DR", "T6", "IDR", "MX", "QFN", "TR", "C8T6", "08ST", "DBVR", "AT"};
        private static final String[] COUNTRIES = {"FR", "DE", "BE", "NL", "IT", "ES"};
        private static final double[] COUNTRY_ODDS = {0.6, 0.5, 0.35, 0.3, 0.25, 0.2};

        private final Connection db;
        private final Random random;
        private final String[] parts;
        private final LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);

        CatalogueLoader(Connection db, long seed) {
            this.db = db;
            this.random = new Random(seed);
            Set<String> pool = new LinkedHashSet<>();
            while (pool.size() < 4_000) {
                pool.add(pick(PART_PREFIXES) + (100 + random.nextInt(9_900)) + pick(PART_ENDINGS));
            }
            this.parts = pool.toArray(String[]::new);
        }

        Loaded load(int boards) throws SQLException {
            long started = System.nanoTime();
            boolean autoCommit = db.getAutoCommit();
            db.setAutoCommit(false);
            int teams = Math.max(1, boards / 20);
            String[] teamIds = new String[teams];
            try (PreparedStatement insertTeam = db.prepareStatement("INSERT INTO teams (id, version, slug, name) VALUES (?, 0, ?, ?)")) {
                for (int t = 0; t < teams; t++) {
                    teamIds[t] = uuid();
                    insertTeam.setString(1, teamIds[t]);
                    insertTeam.setString(2, "team-" + Integer.toString(t, 36));
                    insertTeam.setString(3, "Team " + pick(FUNCTIONS) + " " + t);
                    insertTeam.addBatch();
                    if ((t + 1) % CHUNK == 0) {
                        flush(insertTeam);
                    }
                }
                flush(insertTeam);
            }
            Counts counts = new Counts();
            try (PreparedStatement board = db.prepareStatement("INSERT INTO boards (id, version, slug, name, summary, licence, "
                    + "source_url, team_id, listed, listed_at, orderable, min_price_minor, offer_kinds, search_text) "
                    + "VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                    PreparedStatement revision = db.prepareStatement("INSERT INTO revisions (id, version, board_id, label, "
                            + "review_status, created_at, source_ref, firmware_version) VALUES (?, 0, ?, '1.0', ?, ?, 'v1.0', '1.0.0')");
                    PreparedStatement offer = db.prepareStatement("INSERT INTO offers (id, version, revision_id, kind, price_minor, "
                            + "currency, vat_category, parts_minor, pcb_minor, labour_minor, association_minor, team_minor) "
                            + "VALUES (?, 0, ?, ?, ?, 'EUR', 'STANDARD', ?, ?, ?, ?, ?)");
                    PreparedStatement destination = db.prepareStatement(
                            "INSERT INTO orderable_offers (offer_id, board_id, country, buyer_type) VALUES (?, ?, ?, ?)")) {
                int rareStep = Math.max(1, boards / 10);
                for (int i = 0; i < boards; i++) {
                    addBoard(i, i % rareStep == rareStep / 2, teamIds[random.nextInt(teams)], counts, board, revision, offer,
                            destination);
                    if ((i + 1) % CHUNK == 0) {
                        flush(board, revision, offer, destination);
                    }
                    if ((i + 1) % 20_000 == 0) {
                        say("  loaded %,d boards (%.0f s)", i + 1, seconds(started));
                    }
                }
                flush(board, revision, offer, destination);
            } finally {
                db.setAutoCommit(autoCommit);
            }
            return new Loaded(teams, boards, counts.listed, counts.orderable, counts.offers, counts.destinations,
                    counts.rare, counts.common, counts.france, counts.combined, counts.selective, seconds(started));
        }

        private void addBoard(int i, boolean rare, String teamId, Counts counts, PreparedStatement board,
                PreparedStatement revision, PreparedStatement offer, PreparedStatement destination) throws SQLException {
            String boardId = uuid();
            String function = pick(FUNCTIONS);
            String noun = pick(NOUNS);
            String name = (pick(ADJECTIVES) + " " + function + " " + noun + " " + pick(SUFFIXES)).strip();
            String slug = slugOf(name) + "-" + Integer.toString(i, 36);
            String summary = String.format(Locale.ROOT, "A %s %s for %s, with %s and %s.", function.toLowerCase(Locale.ROOT),
                    noun.toLowerCase(Locale.ROOT), pick(USES), pick(FEATURES), pick(FEATURES));
            Set<String> tags = new TreeSet<>();
            for (int t = 2 + random.nextInt(4); t > 0; t--) {
                tags.add(pick(TAGS));
            }
            String licence = weighted(LICENCES, LICENCE_WEIGHTS);
            boolean listed = rare || random.nextDouble() < 0.96;
            boolean orderable = listed && random.nextDouble() < 0.35;
            double kinds = random.nextDouble();
            boolean fullKit = kinds < 0.85;
            boolean assemblyOnly = kinds >= 0.35;
            long assemblyPrice = euros(8, 150);
            long kitPrice = assemblyPrice + euros(5, 400);
            LocalDateTime createdAt = now.minus((long) (random.nextDouble() * FOUR_YEARS_MICROS), ChronoUnit.MICROS);

            Set<String> searched = new TreeSet<>();
            if (listed) {
                for (int p = 8 + random.nextInt(17); p > 0; p--) {
                    searched.add(parts[(int) (parts.length * Math.pow(random.nextDouble(), 3))]);
                }
                for (int v = 3 + random.nextInt(4); v > 0; v--) {
                    searched.add(pick(VALUES));
                }
                if (rare) {
                    searched.add(RARE_PART);
                    counts.rare++;
                }
                if (random.nextDouble() < 0.10) {
                    searched.add(COMMON_PART);
                    counts.common++;
                }
            }
            String searchText = String.join(" ", name, summary, String.join(" ", tags), String.join(" ", searched));
            long minPrice = assemblyOnly ? assemblyPrice : kitPrice;
            String offerKinds = fullKit && assemblyOnly ? "ASSEMBLY_ONLY,FULL_KIT" : fullKit ? "FULL_KIT" : "ASSEMBLY_ONLY";

            board.setString(1, boardId);
            board.setString(2, slug);
            board.setString(3, name);
            board.setString(4, summary);
            board.setString(5, licence);
            board.setString(6, "https://git.example.org/space-makers/" + slug);
            board.setString(7, teamId);
            board.setBoolean(8, listed);
            board.setObject(9, listed ? createdAt : null);
            board.setBoolean(10, orderable);
            board.setObject(11, listed ? minPrice : null);
            board.setString(12, listed ? offerKinds : "");
            board.setString(13, searchText);
            board.addBatch();

            String revisionId = uuid();
            revision.setString(1, revisionId);
            revision.setString(2, boardId);
            revision.setString(3, !listed ? "DRAFT" : orderable ? "APPROVED" : random.nextDouble() < 0.7 ? "SUBMITTED" : "IN_REVIEW");
            revision.setObject(4, createdAt);
            revision.addBatch();

            List<String> offerIds = new ArrayList<>();
            if (fullKit) {
                offerIds.add(addOffer(offer, revisionId, "FULL_KIT", kitPrice, kitPrice - assemblyPrice));
            }
            if (assemblyOnly) {
                offerIds.add(addOffer(offer, revisionId, "ASSEMBLY_ONLY", assemblyPrice, 0));
            }
            counts.offers += offerIds.size();

            if (orderable) {
                List<String> countries = new ArrayList<>();
                for (int c = 0; c < COUNTRIES.length; c++) {
                    if (random.nextDouble() < COUNTRY_ODDS[c]) {
                        countries.add(COUNTRIES[c]);
                    }
                }
                if (countries.isEmpty()) {
                    countries.add("DE");
                }
                List<String> buyerTypes = random.nextDouble() < 0.75 ? List.of("CONSUMER", "PROFESSIONAL") : List.of("PROFESSIONAL");
                for (String offerId : offerIds) {
                    for (String country : countries) {
                        for (String buyerType : buyerTypes) {
                            destination.setString(1, offerId);
                            destination.setString(2, boardId);
                            destination.setString(3, country);
                            destination.setString(4, buyerType);
                            destination.addBatch();
                            counts.destinations++;
                        }
                    }
                }
                if (countries.contains("FR") && buyerTypes.contains("CONSUMER")) {
                    counts.france++;
                }
            }
            counts.listed += listed ? 1 : 0;
            counts.orderable += orderable ? 1 : 0;
            if (listed && licence.equals(COMBINED_LICENCE) && fullKit && minPrice >= COMBINED_MIN && minPrice <= COMBINED_MAX) {
                counts.combined++;
            }
            if (listed && licence.equals(SELECTIVE_LICENCE) && assemblyOnly && minPrice >= SELECTIVE_MIN
                    && minPrice <= SELECTIVE_MAX) {
                counts.selective++;
            }
        }

        /** An offer whose price breakdown adds up: parts, PCB 10 %, association and team 5 % each, labour the rest. */
        private String addOffer(PreparedStatement offer, String revisionId, String kind, long price, long parts)
                throws SQLException {
            String id = uuid();
            long service = price - parts;
            long pcb = service / 10;
            long association = service / 20;
            long team = service / 20;
            offer.setString(1, id);
            offer.setString(2, revisionId);
            offer.setString(3, kind);
            offer.setLong(4, price);
            offer.setLong(5, parts);
            offer.setLong(6, pcb);
            offer.setLong(7, service - pcb - association - team);
            offer.setLong(8, association);
            offer.setLong(9, team);
            offer.addBatch();
            return id;
        }

        private void flush(PreparedStatement... statements) throws SQLException {
            for (PreparedStatement statement : statements) {
                statement.executeBatch();
            }
            db.commit();
        }

        /** Whole euros, log-uniform between the bounds: many boards share a price, as in a real shop. */
        private long euros(double min, double max) {
            return Math.round(Math.exp(Math.log(min) + random.nextDouble() * (Math.log(max) - Math.log(min)))) * 100;
        }

        private String pick(String[] values) {
            return values[random.nextInt(values.length)];
        }

        private String weighted(String[] values, double[] weights) {
            double total = Arrays.stream(weights).sum();
            double at = random.nextDouble() * total;
            for (int i = 0; i < values.length; i++) {
                at -= weights[i];
                if (at < 0) {
                    return values[i];
                }
            }
            return values[values.length - 1];
        }

        /** A version-4 UUID from the seeded generator, so that two runs load the same catalogue. */
        private String uuid() {
            long high = (random.nextLong() & ~0xF000L) | 0x4000L;
            long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
            return new UUID(high, low).toString();
        }

        private static String slugOf(String name) {
            return Arrays.stream(name.toLowerCase(Locale.ROOT).split("[^a-z0-9]+"))
                    .filter(word -> !word.isEmpty())
                    .collect(Collectors.joining("-"));
        }

        private static final class Counts {
            int listed;
            int orderable;
            int offers;
            int destinations;
            int rare;
            int common;
            int france;
            int combined;
            int selective;
        }
    }

    /**
     * One kind of request, timed on its own, with the query the store makes of it. The key names the
     * scenario whatever the size; the name adds what it matches at this size.
     */
    record Scenario(String key, String name, String path, ListingQuery query) {

        static Scenario of(String key, String detail, String path, ListingQuery query) {
            return new Scenario(key, key + detail, path, query);
        }

        static Scenario api(String key, String detail, Ask ask) {
            return of(key, detail, ask.path(), ask.query());
        }

        boolean html() {
            return !path.startsWith("/api/");
        }

        /** The storefront page and the searches: what the scale goal names. */
        boolean scaleGoal() {
            return html() || key.startsWith("search ");
        }

        boolean rare() {
            return key.startsWith("search rare part");
        }

        /** The path as shown in the report: a long cursor is shortened. */
        String shownPath() {
            return path.replaceAll("cursor=([A-Za-z0-9_-]{12})[A-Za-z0-9_-]+", "cursor=$1…");
        }
    }

    /**
     * A request to {@code GET /api/v1/boards}: its query string, and the {@link ListingQuery}
     * {@code BoardApi} makes of it, from the same values (a consumer for {@code orderableTo}).
     */
    static final class Ask {

        private ListingSort sort;
        private String text;
        private String licence;
        private OfferKind kind;
        private Long minPrice;
        private Long maxPrice;
        private String orderableTo;
        private String cursor;

        Ask sort(ListingSort order) {
            sort = order;
            return this;
        }

        Ask text(String words) {
            text = words;
            return this;
        }

        Ask licence(String spdxId) {
            licence = spdxId;
            return this;
        }

        Ask kind(OfferKind offerKind) {
            kind = offerKind;
            return this;
        }

        Ask priceBetween(long min, long max) {
            minPrice = min;
            maxPrice = max;
            return this;
        }

        Ask orderableTo(String country) {
            orderableTo = country;
            return this;
        }

        Ask cursor(String after) {
            cursor = after;
            return this;
        }

        String path() {
            Map<String, Object> parameters = new LinkedHashMap<>();
            parameters.put("q", text);
            parameters.put("licence", licence);
            parameters.put("kind", kind);
            parameters.put("minPrice", minPrice);
            parameters.put("maxPrice", maxPrice);
            parameters.put("orderableTo", orderableTo);
            parameters.put("sort", sort);
            parameters.put("cursor", cursor);
            parameters.put("size", PAGE_SIZE);
            return "/api/v1/boards?" + parameters.entrySet().stream().filter(p -> p.getValue() != null)
                    .map(p -> p.getKey() + "=" + URLEncoder.encode(String.valueOf(p.getValue()), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
        }

        ListingQuery query() {
            return new ListingQuery(Optional.ofNullable(text), Optional.ofNullable(licence), Optional.ofNullable(kind),
                    Optional.ofNullable(minPrice), Optional.ofNullable(maxPrice),
                    Optional.ofNullable(orderableTo).map(c -> new Destination(CountryCode.of(c), BuyerType.CONSUMER)),
                    sort == null ? ListingSort.NAME : sort, Optional.ofNullable(cursor), PAGE_SIZE);
        }
    }

    /** The statement with its values inlined, to paste into a SQL client. */
    static String sqlWithValues(BoardQueries.ListStatement statement) {
        String sql = statement.sql().replaceAll("\\s+", " ");
        for (Object value : statement.parameters()) {
            String literal = value instanceof Number ? String.valueOf(value) : "'" + String.valueOf(value).replace("'", "''") + "'";
            sql = sql.replaceFirst("\\?", Matcher.quoteReplacement(literal));
        }
        return sql;
    }

    /**
     * A statement's plan and cost. EXPLAIN gives the key chosen and the rows estimated; on MariaDB,
     * {@code ANALYZE FORMAT=JSON} runs the statement (five times; the median time is kept) and tells
     * the rows each table really gave (under a filesort too) and the server's time. The statement is then run once more between two
     * readings of the session's counters: {@code Rows_read} on MariaDB, the {@code Handler_read_*}
     * counters elsewhere (which do not see full-text matches).
     */
    record Plan(List<Map<String, String>> explain, List<String> tables, double serverMillis, long rowsRead,
            Map<String, Long> counters) {

        private static final List<String> COLUMNS = List.of("id", "select_type", "table", "type", "key", "rows",
                "filtered", "Extra");

        static Plan of(Connection db, BoardQueries.ListStatement listing) throws SQLException {
            boolean mariaDb = scalar(db, "SELECT VERSION()").contains("MariaDB");
            List<Map<String, String>> explain = rows(db, "EXPLAIN " + listing.sql(), listing.parameters());
            List<String> tables = new ArrayList<>();
            double serverMillis = -1;
            if (mariaDb) {
                List<Double> times = new ArrayList<>();
                JsonNode analyzed = null;
                for (int run = 0; run < 5; run++) {
                    analyzed = JSON.readTree(rows(db, "ANALYZE FORMAT=JSON " + listing.sql(), listing.parameters())
                            .get(0).values().iterator().next());
                    times.add(analyzed.path("query_block").path("r_total_time_ms").asDouble(-1));
                }
                serverMillis = times.stream().sorted().toList().get(times.size() / 2);
                describeTables(analyzed, false, tables);
            } else {
                explain.forEach(row -> tables.add(row.get("table") + ": " + (row.get("key") == null ? row.get("type") : row.get("key"))
                        + ", est. " + row.get("rows") + (String.valueOf(row.get("Extra")).contains("filesort") ? ", filesort" : "")));
            }
            String pattern = mariaDb ? "Rows_read" : "Handler_read%";
            Map<String, Long> first = counters(db, pattern);
            Map<String, Long> overhead = minus(counters(db, pattern), first);
            Map<String, Long> before = counters(db, pattern);
            rows(db, listing.sql(), listing.parameters());
            Map<String, Long> read = minus(minus(counters(db, pattern), before), overhead);
            read.values().removeIf(count -> count <= 0);
            return new Plan(explain, tables, serverMillis, read.values().stream().mapToLong(Long::longValue).sum(), read);
        }

        /** Each table of an ANALYZE FORMAT=JSON plan: key (or access type), rows estimated → rows given. */
        private static void describeTables(JsonNode node, boolean sorted, List<String> tables) {
            if (node.isObject() && node.has("table_name")) {
                String key = node.has("key") ? node.get("key").asString() : node.path("access_type").asString();
                double given = node.path("r_rows").asDouble(-1);
                tables.add(node.get("table_name").asString() + ": " + key + ", est. " + node.path("rows").asString()
                        + " → " + (given == Math.rint(given) ? String.valueOf((long) given) : String.format(Locale.ROOT, "%.2f", given))
                        + (sorted ? ", filesort" : ""));
            }
            if (node.isObject()) {
                for (Map.Entry<String, JsonNode> field : node.properties()) {
                    describeTables(field.getValue(), sorted || field.getKey().equals("filesort"), tables);
                }
            } else if (node.isArray()) {
                for (JsonNode element : node) {
                    describeTables(element, sorted, tables);
                }
            }
        }

        String summary() {
            return String.join("; ", tables);
        }

        String details() {
            List<String> present = COLUMNS.stream().filter(c -> !explain.isEmpty() && explain.get(0).containsKey(c)).toList();
            StringBuilder out = new StringBuilder("EXPLAIN: ").append(String.join(" | ", present)).append('\n');
            for (Map<String, String> row : explain) {
                out.append("         ").append(present.stream().map(c -> String.valueOf(row.get(c)))
                        .collect(Collectors.joining(" | "))).append('\n');
            }
            if (serverMillis >= 0) {
                out.append(String.format(Locale.ROOT, "ANALYZE: %s; %.2f ms in the server%n", summary(), serverMillis));
            }
            return out.append("rows read: ").append(rowsRead).append(' ').append(counters).append('\n').toString();
        }

        private static List<Map<String, String>> rows(Connection db, String sql, List<Object> parameters) throws SQLException {
            try (PreparedStatement statement = db.prepareStatement(sql)) {
                for (int i = 0; i < parameters.size(); i++) {
                    statement.setObject(i + 1, parameters.get(i));
                }
                List<Map<String, String>> rows = new ArrayList<>();
                try (ResultSet result = statement.executeQuery()) {
                    ResultSetMetaData meta = result.getMetaData();
                    while (result.next()) {
                        Map<String, String> row = new LinkedHashMap<>();
                        for (int c = 1; c <= meta.getColumnCount(); c++) {
                            row.put(meta.getColumnLabel(c), result.getString(c));
                        }
                        rows.add(row);
                    }
                }
                return rows;
            }
        }

        private static Map<String, Long> counters(Connection db, String pattern) throws SQLException {
            Map<String, Long> counters = new TreeMap<>();
            try (PreparedStatement statement = db.prepareStatement("SHOW SESSION STATUS LIKE ?")) {
                statement.setString(1, pattern);
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        counters.put(result.getString(1), result.getLong(2));
                    }
                }
            }
            return counters;
        }

        private static Map<String, Long> minus(Map<String, Long> after, Map<String, Long> before) {
            Map<String, Long> delta = new TreeMap<>();
            after.forEach((name, count) -> delta.put(name, count - before.getOrDefault(name, 0L)));
            return delta;
        }
    }

    /** Latencies of one scenario, in milliseconds; percentiles by nearest rank. */
    record Result(int samples, double p50, double p95, double p99, double max, int items) {

        static Result of(List<Double> latencies, int items) {
            check(!latencies.isEmpty(), "no request completed");
            List<Double> sorted = latencies.stream().sorted(Comparator.naturalOrder()).toList();
            return new Result(sorted.size(), rank(sorted, 0.50), rank(sorted, 0.95), rank(sorted, 0.99),
                    sorted.get(sorted.size() - 1), items);
        }

        private static double rank(List<Double> sorted, double quantile) {
            return sorted.get((int) Math.ceil(quantile * sorted.size()) - 1);
        }
    }

    /** What the numbers ran on. */
    static final class Machine {

        static String describe() {
            return String.format(Locale.ROOT, "%d cores (%s), %s memory, Java %s (%s), load average %s",
                    Runtime.getRuntime().availableProcessors(), cpuModel(), memory(), System.getProperty("java.runtime.version"),
                    System.getProperty("java.vm.name"), loadAverage());
        }

        static String loadAverage() {
            return firstLine(Path.of("/proc/loadavg")).map(line -> String.join(" ", Arrays.copyOf(line.split(" "), 3)))
                    .orElse("unknown");
        }

        private static String cpuModel() {
            return lines(Path.of("/proc/cpuinfo")).filter(line -> line.startsWith("model name")).findFirst()
                    .map(line -> line.substring(line.indexOf(':') + 1).strip()).orElse(System.getProperty("os.arch"));
        }

        private static String memory() {
            return lines(Path.of("/proc/meminfo")).filter(line -> line.startsWith("MemTotal")).findFirst()
                    .map(line -> String.format(Locale.ROOT, "%.1f GiB",
                            Long.parseLong(line.replaceAll("[^0-9]", "")) / (1024.0 * 1024.0)))
                    .orElse("unknown");
        }

        private static Optional<String> firstLine(Path file) {
            return lines(file).findFirst();
        }

        private static Stream<String> lines(Path file) {
            try {
                return Files.readAllLines(file).stream();
            } catch (IOException e) {
                return Stream.empty();
            }
        }
    }

    private static String tableSize(Connection db, String schema, String table) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement("SELECT table_rows, data_length, index_length "
                + "FROM information_schema.tables WHERE table_schema = ? AND table_name = ?")) {
            statement.setString(1, schema);
            statement.setString(2, table);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return String.format(Locale.ROOT, "≈%,d rows, %d MiB data, %d MiB indexes", result.getLong(1),
                        result.getLong(2) >> 20, result.getLong(3) >> 20);
            }
        }
    }

    private static void execute(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.execute(sql);
        }
    }

    private static void query(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                check(!"error".equalsIgnoreCase(result.getString("Msg_type")), sql + ": " + result.getString("Msg_text"));
            }
        }
    }

    private static String scalar(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }

    private static int count(String text, String needle) {
        int found = 0;
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length())) {
            found++;
        }
        return found;
    }

    private static void deleteRecursively(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException(message);
        }
    }

    private static void say(String format, Object... values) {
        System.out.println(String.format(Locale.ROOT, format, values));
    }
}
