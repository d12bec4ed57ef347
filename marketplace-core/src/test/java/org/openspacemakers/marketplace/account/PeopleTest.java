package org.openspacemakers.marketplace.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openspacemakers.marketplace.coretest.CoreTest;
import org.openspacemakers.marketplace.fixtures.Credentials;
import org.openspacemakers.marketplace.fixtures.Fixtures;
import org.openspacemakers.marketplace.refusal.Forbidden;
import org.openspacemakers.marketplace.refusal.InvalidInput;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Administrators give and take roles; the store keeps an administrator, and everyone keeps a role. */
@CoreTest
class PeopleTest {

    @Autowired
    People people;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAdministratorGivesAndTakesARoleEachChangeRecorded() {
        Credentials admin = fixtures.user(Role.ADMIN);
        Credentials buyer = fixtures.user(Role.BUYER);

        assertThat(people.grant(admin.id(), buyer.id(), Role.REVIEWER).roles()).containsExactlyInAnyOrder(Role.BUYER, Role.REVIEWER);
        assertThat(people.revoke(admin.id(), buyer.id(), Role.REVIEWER).roles()).containsExactly(Role.BUYER);

        assertThat(jdbc.queryForList("SELECT kind FROM security_events WHERE user_id = ? ORDER BY seq", String.class,
                buyer.id().toString())).containsExactly("ROLE_GRANTED", "ROLE_REVOKED");
        assertThatThrownBy(() -> people.revoke(admin.id(), buyer.id(), Role.BUYER)).isInstanceOfSatisfying(InvalidInput.class,
                refused -> assertThat(refused.field()).isEqualTo("role"));
        assertThatThrownBy(() -> people.grant(buyer.id(), buyer.id(), Role.ADMIN)).isInstanceOf(Forbidden.class);
    }

    @Test
    void theLastAdministratorKeepsTheRole() {
        Credentials last = fixtures.user(Role.ADMIN);
        List<UUID> others = jdbc.queryForList("SELECT user_id FROM user_roles WHERE role = 'ADMIN' AND user_id <> ?",
                String.class, last.id().toString()).stream().map(UUID::fromString).toList();
        for (UUID other : others) {
            people.grant(last.id(), other, Role.BUYER);
            people.revoke(last.id(), other, Role.ADMIN);
        }

        assertThatThrownBy(() -> people.revoke(last.id(), last.id(), Role.ADMIN)).isInstanceOfSatisfying(InvalidInput.class,
                refused -> assertThat(refused.problems().get(0).key()).isEqualTo("invalid.role.lastAdministrator"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM user_roles WHERE role = 'ADMIN'", Integer.class)).isEqualTo(1);
        for (UUID other : others) {
            people.grant(last.id(), other, Role.ADMIN);
        }
    }

    @Test
    void aSearchFindsByEMailOrNameAndTakesItsWordsLiterally() {
        Credentials maker = fixtures.user(Role.MAKER);

        assertThat(people.search(maker.email().toUpperCase())).extracting(User::id).containsExactly(maker.id());
        assertThat(people.search("%")).as("a percent sign is a character, not a wildcard").isEmpty();
    }
}
