package org.openspacemakers.marketplace.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openspacemakers.marketplace.account.Role;
import org.openspacemakers.marketplace.catalog.Team;
import org.openspacemakers.marketplace.fixtures.Credentials;
import org.openspacemakers.marketplace.fixtures.Fixtures;
import org.openspacemakers.marketplace.support.Api;
import org.openspacemakers.marketplace.support.MarketplaceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Administrators take members off teams through the API and on their page, with the same checks:
 * an unknown team or a person who is not a member is not found, the last member of a team with
 * boards stays.
 */
@MarketplaceTest
class TeamMembersTest {

    @Autowired
    Api api;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theApiTakesAMemberOffAndRefusesWhatThePageRefuses() {
        Credentials admin = fixtures.user(Role.ADMIN);
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        Credentials second = fixtures.user(Role.MAKER);
        String team = listing.team().slug();
        assertThat(api.post("/api/v1/teams/" + team + "/members", admin, "{\"email\":\"" + second.email() + "\"}").status())
                .isEqualTo(200);
        String path = "/api/v1/teams/" + team + "/members/";

        assertThat(api.call("DELETE", "/api/v1/teams/no-such-team/members/" + second.id(), admin, Map.of()).status()).isEqualTo(404);
        assertThat(api.call("DELETE", path + UUID.randomUUID(), admin, Map.of()).status()).isEqualTo(404);
        assertThat(api.call("DELETE", path + second.id(), listing.maker(), Map.of()).status()).as("administrators only")
                .isEqualTo(403);

        Api.Answer removed = api.call("DELETE", path + second.id(), admin, Map.of());
        assertThat(removed.status()).isEqualTo(200);
        assertThat(members(listing.team())).containsExactly(listing.maker().id().toString());

        Api.Answer last = api.call("DELETE", path + listing.maker().id(), admin, Map.of());
        assertThat(last.status()).isEqualTo(409);
        assertThat(last.codes("reasons")).containsExactly("INVALID_STATE");
        assertThat(last.body()).contains("last member");
        assertThat(members(listing.team())).containsExactly(listing.maker().id().toString());
    }

    @Test
    void thePageTakesAMemberOffWithTheSameChecks() {
        Api.Session admin = api.signIn(fixtures.user(Role.ADMIN));
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        Credentials second = fixtures.user(Role.MAKER);
        Team empty = fixtures.team(fixtures.user(Role.MAKER));
        String team = listing.team().slug();
        api.submit(admin, "/admin/teams/" + team + "/members?lang=en", Map.of("email", second.email()));
        assertThat(api.get("/admin/teams?lang=en", admin.headers()).body()).contains(second.email());
        String path = "/admin/teams/" + team + "/members/";

        assertThat(api.submit(admin, "/admin/teams/no-such-team/members/" + second.id() + "/remove?lang=en", Map.of()).status())
                .isEqualTo(404);
        assertThat(api.submit(admin, path + UUID.randomUUID() + "/remove?lang=en", Map.of()).status()).isEqualTo(404);

        assertThat(api.submit(admin, path + second.id() + "/remove?lang=en", Map.of()).status()).isEqualTo(302);
        assertThat(api.get("/admin/teams?lang=en", admin.headers()).body()).contains("Member taken off the team.");
        assertThat(members(listing.team())).containsExactly(listing.maker().id().toString());

        assertThat(api.submit(admin, path + listing.maker().id() + "/remove?lang=en", Map.of()).status()).isEqualTo(302);
        assertThat(api.get("/admin/teams?lang=en", admin.headers()).body()).contains("The last member of a team that has boards");
        assertThat(members(listing.team())).containsExactly(listing.maker().id().toString());

        // a team without boards may be left with no member
        String alone = members(empty).get(0);
        assertThat(api.submit(admin, "/admin/teams/" + empty.slug() + "/members/" + alone + "/remove?lang=en", Map.of()).status())
                .isEqualTo(302);
        assertThat(members(empty)).isEmpty();
    }

    private java.util.List<String> members(Team team) {
        return jdbc.queryForList("SELECT user_id FROM team_members WHERE team_id = ?", String.class, team.id().toString());
    }
}
