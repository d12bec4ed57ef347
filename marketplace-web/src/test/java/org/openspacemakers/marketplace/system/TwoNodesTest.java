package org.openspacemakers.marketplace.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openspacemakers.marketplace.MarketplaceApplication;
import org.openspacemakers.marketplace.fixtures.Credentials;
import org.openspacemakers.marketplace.support.Api;
import org.openspacemakers.marketplace.support.DemoStore;
import org.openspacemakers.marketplace.support.OrderBodies;
import org.openspacemakers.marketplace.support.TravellingClock;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Two nodes of the store on one database, as behind a load balancer: a person signed in through one
 * is signed in on the other, and signing out everywhere (or being disabled) ends their sessions on
 * both; a scheduled job whose lock one node holds does not run on the other.
 */
class TwoNodesTest {

    private static final Class<?>[] STORE_WITH_TEST_CLOCK = {MarketplaceApplication.class, TravellingClock.class};

    @TempDir
    static Path files;

    static DemoStore first;
    static DemoStore second;

    @BeforeAll
    static void startTwoNodes() {
        first = DemoStore.start(STORE_WITH_TEST_CLOCK, files);
        second = first.anotherNode(STORE_WITH_TEST_CLOCK);
    }

    @AfterAll
    static void stopThem() {
        if (second != null) {
            second.close();
        }
        first.close();
    }

    private static Credentials demo(String name) {
        return new Credentials(null, name + "@demo.test", DemoData.PASSWORD);
    }

    @Test
    void aSessionStartedOnOneNodeWorksOnTheOtherAndSigningOutEverywhereEndsEveryOne() {
        Api one = first.api();
        Api two = second.api();
        Api.Session throughFirst = one.signIn(demo("maker"));
        Api.Session throughSecond = two.signIn(demo("maker"));

        Api.Answer profileOnSecond = two.get("/account", throughFirst.headers());
        assertThat(profileOnSecond.status()).isEqualTo(200);
        assertThat(profileOnSecond.body()).contains("sign-out-everywhere");
        assertThat(one.get("/account", throughSecond.headers()).status()).isEqualTo(200);
        String hash = first.bean(JdbcTemplate.class)
                .queryForObject("SELECT password_hash FROM users WHERE email = 'maker@demo.test'", String.class);
        assertThat(second.bean(JdbcTemplate.class).queryForObject(
                "SELECT COUNT(*) FROM SPRING_SESSION_ATTRIBUTES WHERE LOCATE(?, ATTRIBUTE_BYTES) > 0", Integer.class,
                hash.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .as("no stored session holds the password hash").isZero();

        // Asked on the second node, in the session that began on the first.
        Api.Answer out = two.submit(throughFirst, "/account/sessions/end-all", Map.of());
        assertThat(out.status()).isEqualTo(302);
        assertThat(out.header("Location")).contains("/login?logout");

        for (Api node : new Api[] {one, two}) {
            for (Api.Session session : new Api.Session[] {throughFirst, throughSecond}) {
                Api.Answer profile = node.get("/account", session.headers());
                assertThat(profile.status()).as("a session ended everywhere").isEqualTo(302);
                assertThat(profile.header("Location")).contains("/login");
            }
        }
        assertThat(sessionsOf("maker@demo.test")).isZero();
    }

    @Test
    void anAccountDisabledThroughOneNodeLosesItsSessionsOnBoth() {
        Api.Session buyerOnSecond = second.api().signIn(demo("buyer"));
        assertThat(sessionsOf("buyer@demo.test")).isEqualTo(1);
        String buyerId = first.bean(JdbcTemplate.class)
                .queryForObject("SELECT id FROM users WHERE email = 'buyer@demo.test'", String.class);

        try {
            assertThat(first.api().post("/api/v1/users/" + buyerId + "/disable", demo("admin"), null).status()).isEqualTo(200);

            assertThat(sessionsOf("buyer@demo.test")).as("ended at once, not on its next request").isZero();
            assertThat(second.api().get("/account", buyerOnSecond.headers()).status()).isEqualTo(302);
        } finally {
            first.api().post("/api/v1/users/" + buyerId + "/enable", demo("admin"), null);
        }
    }

    @Test
    void aJobWhoseLockOneNodeHoldsDoesNotRunOnTheOther() {
        UUID order = placeAnOrderOnTheFirstNode();
        for (DemoStore node : new DemoStore[] {first, second}) {
            node.bean(TravellingClock.class).travel(Duration.ofDays(11)); // past the bank transfer's 10 days
        }
        try {
            ReservationExpiry onSecond = second.bean(ReservationExpiry.class);
            Optional<SimpleLock> held = first.bean(LockProvider.class).lock(new LockConfiguration(Instant.now(),
                    "reservation-expiry", Duration.ofMinutes(5), Duration.ZERO));
            assertThat(held).as("the first node takes the job's lock").isPresent();

            onSecond.release();
            assertThat(stillReserved(order)).as("skipped: the first node holds the lock").isTrue();

            held.get().unlock();
            onSecond.release();
            assertThat(stillReserved(order)).as("run once the lock is free").isFalse();
        } finally {
            for (DemoStore node : new DemoStore[] {first, second}) {
                node.bean(TravellingClock.class).backToNow();
            }
        }
    }

    private static UUID placeAnOrderOnTheFirstNode() {
        JsonNode revision = first.api().get("/api/v1/boards/thermocouple-card").json().get("revisions").get(0);
        UUID offer = UUID.fromString(revision.get("offers").valueStream()
                .filter(o -> o.get("kind").asString().equals("FULL_KIT")).findFirst().orElseThrow().get("id").asString());
        Api.Answer placed = first.api().placeOrder(demo("buyer"), UUID.randomUUID().toString(),
                OrderBodies.orderBody(offer, 1, "FR"));
        assertThat(placed.status()).isEqualTo(201);
        return UUID.fromString(placed.json().get("id").asString());
    }

    private static boolean stillReserved(UUID order) {
        return second.bean(JdbcTemplate.class).queryForObject(
                "SELECT reservation_expires_at IS NOT NULL FROM orders WHERE id = ?", Boolean.class, order.toString());
    }

    private static int sessionsOf(String email) {
        return second.bean(JdbcTemplate.class).queryForObject(
                "SELECT COUNT(*) FROM SPRING_SESSION WHERE PRINCIPAL_NAME = ?", Integer.class, email);
    }
}
