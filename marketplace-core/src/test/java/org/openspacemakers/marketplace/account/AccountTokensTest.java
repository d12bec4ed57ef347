package org.openspacemakers.marketplace.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.openspacemakers.marketplace.account.AccountTokens.Purpose;
import org.openspacemakers.marketplace.coretest.CoreTest;
import org.openspacemakers.marketplace.coretest.Race;
import org.openspacemakers.marketplace.fixtures.Credentials;
import org.openspacemakers.marketplace.fixtures.Fixtures;
import org.openspacemakers.marketplace.refusal.InvalidInput;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One-time tokens on the database: stored as their hash only, used once however many try at once,
 * dead after an hour or once a newer one of their purpose is issued, and only for their purpose.
 */
@CoreTest
class AccountTokensTest {

    @Autowired
    AccountTokens tokens;
    @Autowired
    Accounts accounts;
    @Autowired
    Fixtures fixtures;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;

    private String issue(Purpose purpose, Credentials person, Instant at) {
        return transactions.execute(status -> tokens.issue(purpose, person.id(), null, at));
    }

    private boolean use(String token, Instant at, Purpose purpose) {
        return Boolean.TRUE.equals(transactions.execute(status -> tokens.use(token, at, purpose).isPresent()));
    }

    @Test
    void aTokenIsKeptAsItsHashAndWorksOnceForItsPurposeWithinTheHour() {
        Credentials buyer = fixtures.user(Role.BUYER);
        Instant now = Instant.now();
        String token = issue(Purpose.RESET_PASSWORD, buyer, now);

        assertThat(token).matches("[A-Za-z0-9_-]{43}");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM account_tokens WHERE token_hash = ?", Integer.class,
                token.getBytes(java.nio.charset.StandardCharsets.US_ASCII))).as("never the token itself").isZero();
        assertThat(use(token, now, Purpose.VERIFY_EMAIL)).as("another purpose").isFalse();
        assertThat(use(token, now.plus(AccountTokens.LIFETIME).plusSeconds(1), Purpose.RESET_PASSWORD)).as("expired").isFalse();
        assertThat(use(token, now.plus(Duration.ofMinutes(59)), Purpose.RESET_PASSWORD)).isTrue();
        assertThat(use(token, now.plus(Duration.ofMinutes(59)), Purpose.RESET_PASSWORD)).as("twice").isFalse();
    }

    @Test
    void aNewTokenReplacesTheUnusedOnesOfItsPurposeOnly() {
        Credentials buyer = fixtures.user(Role.BUYER);
        Instant now = Instant.now();
        String firstReset = issue(Purpose.RESET_PASSWORD, buyer, now);
        String verification = issue(Purpose.VERIFY_EMAIL, buyer, now);
        String secondReset = issue(Purpose.RESET_PASSWORD, buyer, now);

        assertThat(use(firstReset, now, Purpose.RESET_PASSWORD)).isFalse();
        assertThat(use(secondReset, now, Purpose.RESET_PASSWORD)).isTrue();
        assertThat(use(verification, now, Purpose.VERIFY_EMAIL)).isTrue();
    }

    @Test
    void resetsRacingWithOneTokenSetOnePassword() throws Exception {
        for (int round = 0; round < 3; round++) {
            Credentials buyer = fixtures.user(Role.BUYER);
            String token = issue(Purpose.RESET_PASSWORD, buyer, Instant.now());
            List<Callable<String>> resets = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                String password = "racing-password-number-" + i;
                resets.add(() -> {
                    accounts.resetPassword(token, password);
                    return password;
                });
            }

            List<Race.Outcome<String>> outcomes = Race.run(resets);

            assertThat(outcomes.stream().filter(Race.Outcome::succeeded)).as(Race.describe(outcomes)).hasSize(1);
            assertThat(outcomes.stream().filter(outcome -> !outcome.succeeded()))
                    .allMatch(outcome -> outcome.failure() instanceof InvalidInput refused && refused.field().equals("token"));
            assertThat(jdbc.queryForList("SELECT kind FROM security_events WHERE user_id = ?", String.class, buyer.id().toString()))
                    .containsOnlyOnce("PASSWORD_RESET");
        }
    }

    @Test
    void aSignUpNeedsAStrongPasswordAndStartsUnverified() {
        String email = "core-signup-" + java.util.UUID.randomUUID() + "@test.example";
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> accounts.signUp(email, "letmein123456", "Ada", Locale.ENGLISH))
                .isInstanceOfSatisfying(InvalidInput.class, refused -> assertThat(refused.field()).isEqualTo("password"));
        accounts.signUp(email, "a sound and long passphrase", "Ada", Locale.ENGLISH);
        User buyer = accounts.byEmail(email).orElseThrow();
        assertThat(buyer.isEmailVerified()).isFalse();
        assertThat(buyer.roles()).containsExactly(Role.BUYER);
        assertThat(fixtures.user(Role.BUYER)).satisfies(registered ->
                assertThat(accounts.byId(registered.id()).orElseThrow().isEmailVerified()).as("made by register").isTrue());
    }
}
