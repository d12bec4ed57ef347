package org.openspacemakers.marketplace.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openspacemakers.marketplace.support.Api;
import org.openspacemakers.marketplace.support.MarketplaceTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An address no page answers is "not found" for an anonymous visitor too, in their language, and
 * is no reason to sign in; the guarded pages still send them to sign in, in the language they asked.
 */
@MarketplaceTest
class UnknownAddressesTest {

    @Autowired
    Api api;

    @Test
    void anUnknownAddressIsNotFoundForAnAnonymousVisitor() {
        for (String unknown : List.of("/no-such-page", "/no/such/page?x=1", "/boards/unknown-slug-" + UUID.randomUUID(),
                "/orders-nowhere", "/accounts")) {
            Api.Answer answer = api.get(unknown);
            assertThat(answer.status()).as(unknown).isEqualTo(404);
            assertThat(answer.header("Location")).as(unknown).isNull();
            assertThat(answer.header("Content-Type")).as(unknown).startsWith("text/html");
            assertThat(answer.body()).as(unknown).contains("<h1>Not found</h1>");
            assertThat(answer.header("Set-Cookie")).as(unknown + ": no session for a visitor").isNull();
        }
        assertThat(api.get("/no-such-page?lang=fr").body()).contains("lang=\"fr\"");
    }

    @Test
    void theGuardedPagesStillSendAnAnonymousVisitorToSignInInTheirLanguage() {
        for (String guarded : List.of("/orders", "/account", "/admin/teams", "/teams", "/cart", "/review",
                "/orders/" + UUID.randomUUID(), "/admin/no-such-page", "/teams/no-such-team")) {
            Api.Answer answer = api.get(guarded);
            assertThat(answer.status()).as(guarded).isEqualTo(302);
            assertThat(answer.header("Location")).as(guarded).endsWith("/login");
        }
        assertThat(api.get("/orders?lang=fr").header("Location")).endsWith("/login?lang=fr");
        assertThat(api.postForm("/account/sessions/end-all", Map.of(), Map.of()).status()).as("no CSRF token")
                .isEqualTo(403);
    }
}
