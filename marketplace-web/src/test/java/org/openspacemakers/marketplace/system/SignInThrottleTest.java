package org.openspacemakers.marketplace.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openspacemakers.marketplace.account.Accounts;
import org.openspacemakers.marketplace.account.Role;
import org.openspacemakers.marketplace.coretest.Race;
import org.openspacemakers.marketplace.fixtures.Credentials;
import org.openspacemakers.marketplace.fixtures.Fixtures;
import org.openspacemakers.marketplace.support.Api;
import org.openspacemakers.marketplace.support.MarketplaceTest;
import org.openspacemakers.marketplace.support.TravellingClock;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The sign-in throttle over real HTTP: parallel wrong passwords cannot outrun it, and an e-mail
 * nobody has is throttled exactly like one an account has.
 */
@MarketplaceTest
class SignInThrottleTest {

    private static final int RACERS = 60;
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Autowired
    Api api;
    @Autowired
    Fixtures fixtures;

    @Test
    void parallelWrongPasswordsOverHttpBasicGetNoMoreThanTheLimitPastTheThrottle() throws Exception {
        Credentials buyer = fixtures.user(Role.BUYER);
        Credentials wrong = new Credentials(buyer.id(), buyer.email(), "wrong-password-123");
        String path = "/api/v1/orders/" + UUID.randomUUID();
        List<Callable<Integer>> attempts = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            attempts.add(() -> api.get(path, wrong).status());
        }

        List<Race.Outcome<Integer>> outcomes = Race.run(attempts);

        assertThat(outcomes).as(Race.describe(outcomes)).allMatch(Race.Outcome::succeeded);
        assertThat(outcomes.stream().map(Race.Outcome::value).filter(status -> status != 429))
                .as(Race.describe(outcomes)).hasSizeLessThanOrEqualTo(Accounts.FAILED_SIGN_IN_LIMIT)
                .allMatch(status -> status == 401);
        assertThat(api.get(path, buyer).status()).as("the right password, once throttled").isEqualTo(429);
    }

    @Test
    void parallelWrongPasswordsOnTheFormGetNoMoreThanTheLimitPastTheThrottle() throws Exception {
        Credentials buyer = fixtures.user(Role.BUYER);
        Api.Answer loginPage = api.get("/login");
        Matcher token = CSRF.matcher(loginPage.body());
        assertThat(token.find()).isTrue();
        Map<String, String> session = Map.of("Cookie", loginPage.header("Set-Cookie").split(";", 2)[0]);
        Map<String, String> wrong = Map.of("email", buyer.email(), "password", "wrong-password-123", "_csrf", token.group(1));
        List<Callable<Integer>> attempts = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            attempts.add(() -> api.postForm("/login", wrong, session).status());
        }

        List<Race.Outcome<Integer>> outcomes = Race.run(attempts);

        assertThat(outcomes).as(Race.describe(outcomes)).allMatch(Race.Outcome::succeeded);
        assertThat(outcomes.stream().map(Race.Outcome::value).filter(status -> status != 429))
                .as(Race.describe(outcomes)).hasSizeLessThanOrEqualTo(Accounts.FAILED_SIGN_IN_LIMIT)
                .allMatch(status -> status == 302);
    }

    @Test
    void anEmailWithoutAnAccountIsThrottledLikeOneWithAnAccount() {
        Credentials buyer = fixtures.user(Role.BUYER);
        Credentials known = new Credentials(buyer.id(), buyer.email(), "wrong-password-123");
        Credentials unknown = new Credentials(UUID.randomUUID(), "nobody-" + UUID.randomUUID() + "@example.org",
                "wrong-password-123");
        String path = "/api/v1/orders/" + UUID.randomUUID();
        for (int attempt = 1; attempt <= Accounts.FAILED_SIGN_IN_LIMIT; attempt++) {
            assertThat(api.get(path, known).status()).as("known, attempt " + attempt).isEqualTo(401);
            assertThat(api.get(path, unknown).status()).as("unknown, attempt " + attempt).isEqualTo(401);
        }
        Api.Answer knownThrottled = api.get(path, known);
        Api.Answer unknownThrottled = api.get(path, unknown);
        assertThat(unknownThrottled.status()).isEqualTo(429);
        assertThat(knownThrottled.status()).isEqualTo(429);
        assertThat(unknownThrottled.body()).isEqualTo(knownThrottled.body());
        assertThat(unknownThrottled.header("Content-Type")).isEqualTo(knownThrottled.header("Content-Type"));
    }

    @Test
    void aSuccessfulSignInForgivesTheFailuresBeforeIt() {
        Credentials buyer = fixtures.user(Role.BUYER);
        Credentials wrong = new Credentials(buyer.id(), buyer.email(), "wrong-password-123");
        // The e-mail is counted as accounts store it: in another case it is the same address.
        Credentials shouting = new Credentials(buyer.id(), buyer.email().toUpperCase(java.util.Locale.ROOT), "wrong-password-123");
        String path = "/api/v1/orders/" + UUID.randomUUID();
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(api.get(path, wrong).status()).as("attempt " + attempt).isEqualTo(401);
        }
        assertThat(api.get(path, buyer).status()).as("the right password").isEqualTo(404);
        for (int attempt = 1; attempt <= Accounts.FAILED_SIGN_IN_LIMIT; attempt++) {
            assertThat(api.get(path, attempt % 2 == 0 ? wrong : shouting).status()).as("after it, attempt " + attempt)
                    .isEqualTo(401);
        }
        assertThat(api.get(path, buyer).status()).isEqualTo(429);
    }

    @Test
    void theThrottleLiftsAfterAQuietPeriodAndQuietAddressesAreThenForgotten(@Autowired Accounts accounts,
            @Autowired TravellingClock clock) {
        Credentials unknown = new Credentials(UUID.randomUUID(), "nobody-" + UUID.randomUUID() + "@example.org",
                "wrong-password-123");
        String path = "/api/v1/orders/" + UUID.randomUUID();
        for (int attempt = 1; attempt <= Accounts.FAILED_SIGN_IN_LIMIT; attempt++) {
            assertThat(api.get(path, unknown).status()).as("attempt " + attempt).isEqualTo(401);
        }
        assertThat(api.get(path, unknown).status()).isEqualTo(429);
        try {
            clock.travel(Accounts.QUIET_PERIOD.minusMinutes(1));
            assertThat(api.get(path, unknown).status()).as("within the quiet period").isEqualTo(429);
            clock.travel(Duration.ofMinutes(2));
            assertThat(api.get(path, unknown).status()).as("after the quiet period").isEqualTo(401);
            clock.travel(Accounts.QUIET_PERIOD.plusMinutes(1));
            assertThat(accounts.forgetQuietSignInAttempts()).isPositive();
        } finally {
            clock.backToNow();
        }
    }
}
