package org.openspacemakers.marketplace.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openspacemakers.marketplace.support.Api;
import org.openspacemakers.marketplace.support.MarketplaceTest;
import org.openspacemakers.marketplace.support.TravellingClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The nightly retention forgets what the privacy notice keeps for a while only (security events a
 * year, mailed links a day after they end, the mails about accounts 30 days) and nothing younger.
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

        retention.forget();

        assertThat(count("SELECT COUNT(*) FROM security_events WHERE user_id = ?", oldId)).isZero();
        assertThat(count("SELECT COUNT(*) FROM mail_outbox WHERE recipient = ?", old)).isZero();
        assertThat(count("SELECT COUNT(*) FROM account_tokens WHERE user_id = ?", oldId)).isZero();
        assertThat(count("SELECT COUNT(*) FROM security_events WHERE user_id = ?", recentId)).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM mail_outbox WHERE recipient = ?", recent)).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM account_tokens WHERE user_id = ?", recentId)).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM users WHERE id = ?", oldId)).as("the account itself stays").isEqualTo(1);
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
