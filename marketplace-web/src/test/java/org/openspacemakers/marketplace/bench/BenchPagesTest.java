package org.openspacemakers.marketplace.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openspacemakers.marketplace.account.Role;
import org.openspacemakers.marketplace.fixtures.Credentials;
import org.openspacemakers.marketplace.fixtures.Fixtures;
import org.openspacemakers.marketplace.support.Api;
import org.openspacemakers.marketplace.support.DemoStore;
import org.openspacemakers.marketplace.support.MarketplaceTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The benchmarks' floor page exists in the {@code bench} profile only: there it answers anyone,
 * like the product page; in the shared store (no such profile) its path is unknown, answered as
 * any other unknown path. The bench store runs apart, started with the demo on a fresh schema.
 */
@MarketplaceTest
class BenchPagesTest {

    private static final String THERMOCOUPLE_CARD = "/bench/boards/thermocouple-card";

    @TempDir
    static Path files;

    static DemoStore benchStore;

    @Autowired
    Api api;
    @Autowired
    Fixtures fixtures;

    @BeforeAll
    static void startAStoreInTheBenchProfile() {
        benchStore = DemoStore.start(files, "--spring.profiles.active=bench");
    }

    @AfterAll
    static void stopIt() {
        benchStore.close();
    }

    @Test
    void withoutTheBenchProfileThePathIsUnknown() {
        Api.Answer anonymous = api.get(THERMOCOUPLE_CARD);
        Api.Answer unknown = api.get("/no-such-page");
        assertThat(anonymous.status()).as("not found, not a reason to sign in").isEqualTo(unknown.status()).isEqualTo(404);
        assertThat(anonymous.header("Location")).isNull();

        Credentials buyer = fixtures.user(Role.BUYER);
        Api.Session session = api.signIn(buyer);
        assertThat(api.get(THERMOCOUPLE_CARD, session.headers()).status()).isEqualTo(404);
        assertThat(api.get("/no-such-page", session.headers()).status()).isEqualTo(404);
    }

    @Test
    void inTheBenchProfileItShowsTheBoardToAnyoneWithoutASession() {
        Api.Answer page = benchStore.api().get(THERMOCOUPLE_CARD);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.body()).contains("<h1>High-speed thermocouple card</h1>")
                .contains("MAX31856-based thermocouple amplifier card");
        assertThat(page.header("Set-Cookie")).isNull();
        assertThat(page.header("Content-Security-Policy")).as("the pages' security chain").contains("default-src 'self'");

        assertThat(benchStore.api().get("/bench/boards/no-such-board").status()).isEqualTo(404);
    }

    @Test
    void theBenchProfileOpensNothingElse() {
        for (String page : new String[] {"/orders", "/account", "/admin/teams"}) {
            assertThat(benchStore.api().get(page).status()).as(page).isEqualTo(302);
        }
        assertThat(benchStore.api().get("/no-such-page").status()).as("an unknown page: not found").isEqualTo(404);
    }
}
