package org.openspacemakers.marketplace.account.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openspacemakers.marketplace.account.Role;
import org.openspacemakers.marketplace.fixtures.Credentials;
import org.openspacemakers.marketplace.fixtures.Fixtures;
import org.openspacemakers.marketplace.support.Api;
import org.openspacemakers.marketplace.support.MarketplaceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Administrators find people and change their roles on a page and through the API, with the same checks; nobody else does. */
@MarketplaceTest
class PeoplePagesTest {

    @Autowired
    Api api;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAdministratorFindsAPersonAndMakesThemAReviewerOnThePage() {
        Credentials buyer = fixtures.user(Role.BUYER);
        Api.Session admin = api.signIn(fixtures.user(Role.ADMIN));

        String found = api.get("/admin/people?lang=en&q=" + buyer.email(), admin.headers()).body();
        assertThat(found).contains("data-email=\"" + buyer.email() + "\"").contains("Give: reviewer");
        Api.Answer changed = api.submit(admin, "/admin/people/" + buyer.id() + "/roles?lang=en",
                Map.of("role", "REVIEWER", "change", "grant", "q", buyer.email()));

        assertThat(changed.status()).isEqualTo(302);
        assertThat(api.get(changed.header("Location").replace(api.baseUrl(), ""), admin.headers()).body())
                .contains("Roles changed.").contains("Take away: reviewer");
        assertThat(roles(buyer)).containsExactlyInAnyOrder("BUYER", "REVIEWER");
    }

    @Test
    void theApiChangesRolesWithTheSameChecksAndOnlyForAdministrators() {
        Credentials admin = fixtures.user(Role.ADMIN);
        Credentials maker = fixtures.user(Role.MAKER);

        assertThat(api.get("/api/v1/users?q=" + maker.email(), admin).json().get(0).get("roles").toString()).isEqualTo("[\"MAKER\"]");
        assertThat(api.put("/api/v1/users/" + maker.id() + "/roles/BUYER", admin, "").status()).isEqualTo(200);
        assertThat(api.put("/api/v1/users/" + maker.id() + "/roles/OWNER", admin, "").codes("errors")).containsExactly("role");
        assertThat(api.call("DELETE", "/api/v1/users/" + maker.id() + "/roles/MAKER", admin, Map.of()).status()).isEqualTo(200);
        assertThat(api.call("DELETE", "/api/v1/users/" + maker.id() + "/roles/BUYER", admin, Map.of()).codes("errors"))
                .as("everyone keeps a role").containsExactly("role");
        assertThat(api.put("/api/v1/users/" + maker.id() + "/roles/ADMIN", maker, "").status()).isEqualTo(403);
        assertThat(api.get("/api/v1/users?q=a", maker).status()).isEqualTo(403);
        assertThat(roles(maker)).containsExactly("BUYER");
    }

    private java.util.List<String> roles(Credentials who) {
        return jdbc.queryForList("SELECT role FROM user_roles WHERE user_id = ?", String.class, who.id().toString());
    }
}
