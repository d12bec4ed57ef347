package org.openspacemakers.marketplace.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openspacemakers.marketplace.catalog.Money;
import org.openspacemakers.marketplace.donation.DonationStatus;
import org.openspacemakers.marketplace.donation.Donations;
import org.openspacemakers.marketplace.donation.Pledge;
import org.openspacemakers.marketplace.support.Api;
import org.openspacemakers.marketplace.support.MarketplaceTest;
import org.openspacemakers.marketplace.support.TravellingClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The nightly retention forgets what the privacy notice keeps for a while only (security events a
 * year, mailed links a day after they end, the mails about accounts 30 days, Stripe's events 90 days
 * once applied, the donor of a donation never received 90 days) and nothing younger.
 */
@MarketplaceTest
class RecordsRetentionTest {

    @Autowired
    Api api;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TravellingClock clock;
    @Autowired
    RecordsRetention retention;
    @Autowired
    Donations donations;

    @Test
    void recordsOlderThanTheNoticeSaysAreForgottenAndYoungerOnesStay() {
        String old = "retention-" + UUID.randomUUID() + "@test.example";
        String recent = "retention-" + UUID.randomUUID() + "@test.example";
        try {
            clock.travel(Duration.ofDays(-400));
            signUp(old);
        } finally {
            clock.backToNow();
        }
        signUp(recent);
        String oldId = idOf(old);
        String recentId = idOf(recent);
        // Stripe's webhook events: applied (or ignored) 91 and 89 days ago, and one not applied yet.
        String oldEvent = "evt_" + UUID.randomUUID().toString().replace("-", "");
        String recentEvent = "evt_" + UUID.randomUUID().toString().replace("-", "");
        String waitingEvent = "evt_" + UUID.randomUUID().toString().replace("-", "");
        Instant now = clock.instant();
        storeEvent(oldEvent, "IGNORED", now.minus(Duration.ofDays(91)));
        storeEvent(recentEvent, "IGNORED", now.minus(Duration.ofDays(89)));
        storeEvent(waitingEvent, "PENDING", null);
        // A donation promised 91 days ago whose transfer never came, and one promised today.
        UUID oldPledge = donations.pledge(new Pledge(Money.euros(2_000), "Old Ada", "donor-" + old, "", "", "", "", "", null,
                Locale.ENGLISH)).donation().id();
        UUID newPledge = donations.pledge(new Pledge(Money.euros(2_000), "New Ada", "donor-" + recent, "", "", "", "", "", null,
                Locale.ENGLISH)).donation().id();
        jdbc.update("UPDATE donations SET pledged_at = ? WHERE id = ?",
                java.time.LocalDateTime.ofInstant(now.minus(Duration.ofDays(91)), java.time.ZoneOffset.UTC), oldPledge.toString());

        // Once: the job holds its lock a minute at least, and a second call within it does nothing.
        retention.forget();

        assertThat(count("SELECT COUNT(*) FROM security_events WHERE user_id = ?", oldId)).isZero();
        assertThat(count("SELECT COUNT(*) FROM mail_outbox WHERE recipient = ?", old)).isZero();
        assertThat(count("SELECT COUNT(*) FROM account_tokens WHERE user_id = ?", oldId)).isZero();
        assertThat(count("SELECT COUNT(*) FROM security_events WHERE user_id = ?", recentId)).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM mail_outbox WHERE recipient = ?", recent)).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM account_tokens WHERE user_id = ?", recentId)).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM users WHERE id = ?", oldId)).as("the account itself stays").isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM stripe_events WHERE id = ?", oldEvent)).isZero();
        assertThat(count("SELECT COUNT(*) FROM stripe_events WHERE id = ?", recentEvent)).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM stripe_events WHERE id = ?", waitingEvent)).as("not applied yet").isEqualTo(1);
        assertThat(donations.byId(oldPledge).orElseThrow()).satisfies(forgotten -> {
            assertThat(forgotten.donorName()).isEmpty();
            assertThat(forgotten.status()).as("called off").isEqualTo(DonationStatus.CANCELLED);
        });
        assertThat(donations.byId(newPledge).orElseThrow().donorName()).isEqualTo("New Ada");
        jdbc.update("DELETE FROM stripe_events WHERE id IN (?, ?)", recentEvent, waitingEvent);
    }

    private void storeEvent(String id, String status, Instant processedAt) {
        java.time.LocalDateTime processed = processedAt == null ? null
                : java.time.LocalDateTime.ofInstant(processedAt, java.time.ZoneOffset.UTC);
        java.time.LocalDateTime received = java.time.LocalDateTime.ofInstant(
                processedAt == null ? clock.instant() : processedAt, java.time.ZoneOffset.UTC);
        jdbc.update("""
                INSERT INTO stripe_events (id, type, created_at, received_at, status, attempts, next_attempt_at, processed_at)
                VALUES (?, 'customer.created', ?, ?, ?, 0, ?, ?)""", id, received, received, status,
                // Not due: the tests' own applying of events leaves it alone.
                java.time.LocalDateTime.ofInstant(clock.instant().plus(Duration.ofDays(365)), java.time.ZoneOffset.UTC),
                processed);
    }

    private void signUp(String email) {
        assertThat(api.post("/api/v1/accounts", null,
                "{\"email\":\"" + email + "\",\"password\":\"violet-kettle-marching-42\",\"name\":\"Kept\"}").status())
                .isEqualTo(201);
    }

    private String idOf(String email) {
        return jdbc.queryForObject("SELECT id FROM users WHERE email = ?", String.class, email);
    }

    private int count(String sql, String argument) {
        return jdbc.queryForObject(sql, Integer.class, argument);
    }
}
