package org.openspacemakers.marketplace.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openspacemakers.marketplace.account.People;
import org.openspacemakers.marketplace.account.Role;
import org.openspacemakers.marketplace.coretest.CoreTest;
import org.openspacemakers.marketplace.fixtures.Credentials;
import org.openspacemakers.marketplace.fixtures.Fixtures;
import org.openspacemakers.marketplace.refusal.Conflict;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The store keeps an administrator: the last one's account is not erased; one of two is. */
@CoreTest
class LastAdministratorErasureTest {

    @Autowired
    PersonalData personalData;
    @Autowired
    People people;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theLastAdministratorsAccountIsNotErased() {
        Credentials last = fixtures.user(Role.ADMIN);
        List<UUID> others = jdbc.queryForList("SELECT user_id FROM user_roles WHERE role = 'ADMIN' AND user_id <> ?",
                String.class, last.id().toString()).stream().map(UUID::fromString).toList();
        for (UUID other : others) {
            people.grant(last.id(), other, Role.BUYER);
            people.revoke(last.id(), other, Role.ADMIN);
        }
        try {
            assertThatThrownBy(() -> personalData.erase(last.id(), last.password())).isInstanceOfSatisfying(Conflict.class,
                    refused -> assertThat(refused.key()).isEqualTo("conflict.erasure.lastAdministrator"));
            assertThat(emailOf(last)).isEqualTo(last.email());
        } finally {
            for (UUID other : others) {
                people.grant(last.id(), other, Role.ADMIN);
            }
        }

        personalData.erase(last.id(), last.password());

        assertThat(emailOf(last)).as("one administrator of several may go").isEqualTo("erased-" + last.id() + "@invalid");
        assertThat(jdbc.queryForList("SELECT role FROM user_roles WHERE user_id = ?", String.class, last.id().toString()))
                .containsExactly("BUYER");
    }

    private String emailOf(Credentials who) {
        return jdbc.queryForObject("SELECT email FROM users WHERE id = ?", String.class, who.id().toString());
    }
}
