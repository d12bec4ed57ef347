package org.openspacemakers.marketplace.account.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openspacemakers.marketplace.account.Role;
import org.openspacemakers.marketplace.fixtures.Credentials;
import org.openspacemakers.marketplace.fixtures.Fixtures;
import org.openspacemakers.marketplace.support.Api;
import org.openspacemakers.marketplace.support.MarketplaceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The security events an administrator reads: sign-ins and their failures (an e-mail without an
 * account too), refusals of a signed-in person, access tokens made and revoked; filtered by kind
 * and e-mail, for administrators only.
 */
@MarketplaceTest
class SecurityEventsTest {

    @Autowired
    Api api;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aPersonsSignInsRefusalsAndTokensAreRecordedAndAnAdministratorFiltersThem() {
        Credentials buyer = fixtures.user(Role.BUYER);
        api.get("/api/v1/orders/" + UUID.randomUUID(), Map.of("Authorization", basic(buyer.email(), "wrong-password-1")));
        Api.Session session = api.signIn(buyer);
        assertThat(api.get("/admin/orders", session.headers()).status()).isEqualTo(403);
        api.submit(session, "/account/tokens?lang=en", Map.of("name", "script", "scope", "READ", "days", "3"));
        String tokenId = jdbc.queryForObject("SELECT id FROM access_tokens WHERE user_id = ?", String.class, buyer.id().toString());
        api.submit(session, "/account/tokens/" + tokenId + "/revoke?lang=en", Map.of());

        assertThat(kinds(buyer.email())).containsExactly("TOKEN_REVOKED", "TOKEN_CREATED", "ACCESS_REFUSED", "SIGNED_IN",
                "SIGN_IN_FAILED");
        Api.Session admin = api.signIn(fixtures.user(Role.ADMIN));
        String all = api.get("/admin/security-events?lang=en&email=" + buyer.email(), admin.headers()).body();
        assertThat(all).contains("Signed in").contains("Access refused").contains("GET /admin/orders")
                .contains("Access token created").contains("Access token revoked");
        String failures = api.get("/admin/security-events?lang=en&kind=SIGN_IN_FAILED&email=" + buyer.email(), admin.headers()).body();
        assertThat(failures).contains("Sign-in failed").doesNotContain("Signed in</td>").doesNotContain("GET /admin/orders");
        assertThat(api.get("/admin/security-events", session.headers()).status()).as("administrators only").isEqualTo(403);
    }

    @Test
    void aFailedSignInForAnEMailWithoutAnAccountIsRecordedAsTyped() {
        String nobody = "nobody-" + UUID.randomUUID() + "@test.example";

        api.get("/api/v1/orders/" + UUID.randomUUID(), Map.of("Authorization", basic(nobody, "whatever-password")));

        assertThat(kinds(nobody)).containsExactly("SIGN_IN_FAILED");
    }

    private List<String> kinds(String email) {
        return jdbc.queryForList("SELECT kind FROM security_events WHERE email = ? ORDER BY seq DESC", String.class,
                email.toLowerCase(java.util.Locale.ROOT));
    }

    private static String basic(String email, String password) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString((email + ":" + password)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
