package org.openspacemakers.marketplace.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openspacemakers.marketplace.support.OrderBodies.orderBody;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openspacemakers.marketplace.account.Accounts;
import org.openspacemakers.marketplace.account.Role;
import org.openspacemakers.marketplace.fixtures.Credentials;
import org.openspacemakers.marketplace.fixtures.Fixtures;
import org.openspacemakers.marketplace.support.Api;
import org.openspacemakers.marketplace.support.MarketplaceTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Who may do what: 401 without credentials, 403 for the wrong role, 404 for another's order. */
@MarketplaceTest
class AccessTest {

    @Autowired
    Api api;
    @Autowired
    Fixtures fixtures;

    @Test
    void anonymousOrderIsUnauthorized() {
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        Api.Answer answer = api.placeOrder(null, UUID.randomUUID().toString(), orderBody(listing.fullKit().id(), 1, "FR"));
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void noCredentialsGetA401WithoutTheBasicChallengeThatOpensABrowsersDialog() {
        Api.Answer answer = api.get("/api/v1/orders", Map.of("Accept", "text/html"));
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.headers().entrySet()).filteredOn(header -> header.getKey().equalsIgnoreCase("WWW-Authenticate"))
                .flatMap(java.util.Map.Entry::getValue)
                .isNotEmpty()
                .noneMatch(challenge -> challenge.regionMatches(true, 0, "Basic", 0, 5));
    }

    @Test
    void wrongBasicCredentialsGetA401WithTheBasicChallenge() {
        Credentials buyer = fixtures.user(Role.BUYER);
        Api.Answer answer = api.get("/api/v1/orders", new Credentials(buyer.id(), buyer.email(), "not-the-password"));
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.header("WWW-Authenticate")).startsWith("Basic ");
    }

    @Test
    void wrongPasswordIsUnauthorized() {
        Credentials buyer = fixtures.user(Role.BUYER);
        Api.Answer answer = api.get("/api/v1/orders/" + UUID.randomUUID(),
                new Credentials(buyer.id(), buyer.email(), "not-the-password"));
        assertThat(answer.status()).isEqualTo(401);
    }

    @Test
    void anotherBuyersOrderIsNotFoundButItsBuyerTeamAndAdministratorSeeIt() {
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        Credentials alice = fixtures.user(Role.BUYER);
        Credentials bob = fixtures.user(Role.BUYER);
        Credentials admin = fixtures.user(Role.ADMIN);
        String orderId = api.placeOrder(alice, UUID.randomUUID().toString(), orderBody(listing.fullKit().id(), 1, "FR"))
                .json().get("id").asString();

        assertThat(api.get("/api/v1/orders/" + orderId, alice).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/orders/" + orderId, listing.maker()).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/orders/" + orderId, admin).status()).isEqualTo(200);
        Api.Answer bobs = api.get("/api/v1/orders/" + orderId, bob);
        String missingId = UUID.randomUUID().toString();
        Api.Answer missing = api.get("/api/v1/orders/" + missingId, bob);
        assertThat(bobs.status()).isEqualTo(404);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(bobs.body().replace(orderId, "ID")).as("Alice's order answers Bob as an order that does not exist")
                .isEqualTo(missing.body().replace(missingId, "ID"))
                .doesNotContain("Ada Lovelace").doesNotContain("AWAITING_PAYMENT");
        assertThat(api.get("/api/v1/orders/" + orderId).status()).isEqualTo(401);
    }

    @Test
    void makersAndBuyersMayNotReview() {
        Fixtures.Listing listing = fixtures.submittedListing();
        Credentials buyer = fixtures.user(Role.BUYER);
        String start = "/api/v1/revisions/" + listing.revision().id() + "/review/start";
        assertThat(api.post(start, listing.maker(), null).status()).isEqualTo(403);
        assertThat(api.post(start, buyer, null).status()).isEqualTo(403);
        assertThat(api.post(start, null, null).status()).isEqualTo(401);
        Credentials reviewer = fixtures.user(Role.REVIEWER);
        assertThat(api.post("/api/v1/revisions/" + UUID.randomUUID() + "/review/start", reviewer, null).status())
                .isEqualTo(404);
    }

    @Test
    void theApiIsStatelessAndAnonymousPagesCreateNoSession() {
        Credentials buyer = fixtures.user(Role.BUYER);
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        Api.Answer apiCall = api.get("/api/v1/orders/" + UUID.randomUUID(), buyer);
        assertThat(apiCall.header("Set-Cookie")).isNull();
        for (String page : new String[] {"/", "/boards/" + listing.board().slug(), "/boards/" + listing.board().slug() + "?country=FR",
                "/api/v1/boards", "/?lang=fr"}) {
            Api.Answer answer = api.get(page);
            assertThat(answer.status()).as(page).isEqualTo(200);
            assertThat(answer.header("Set-Cookie")).as(page).isNull();
        }
    }

    @Test
    void aSessionCookieIsNotAcceptedByTheApi() {
        Api.Answer answer = api.post("/api/v1/orders", null, "{}", Map.of("Cookie", "JSESSIONID=0123456789ABCDEF"));
        assertThat(answer.status()).isEqualTo(401);
    }

    @Test
    void pagesAndApiCarrySecurityHeaders() {
        for (String path : new String[] {"/", "/api/v1/boards"}) {
            Api.Answer answer = api.get(path);
            assertThat(answer.header("Content-Security-Policy")).as(path).contains("default-src 'self'");
            assertThat(answer.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(answer.header("X-Frame-Options")).as(path).isEqualTo("DENY");
        }
    }

    @Test
    void tenFailedSignInsInARowThrottleTheAccountEvenWithTheRightPassword() {
        Credentials buyer = fixtures.user(Role.BUYER);
        Credentials wrong = new Credentials(buyer.id(), buyer.email(), "wrong-password-123");
        String path = "/api/v1/orders/" + UUID.randomUUID();
        for (int attempt = 1; attempt <= Accounts.FAILED_SIGN_IN_LIMIT; attempt++) {
            assertThat(api.get(path, wrong).status()).as("attempt " + attempt).isEqualTo(401);
        }
        assertThat(api.get(path, wrong).status()).isEqualTo(429);
        assertThat(api.get(path, buyer).status()).isEqualTo(429);

        Credentials other = fixtures.user(Role.BUYER);
        assertThat(api.get(path, other).status()).isEqualTo(404);
    }

    @Test
    void passwordsAreStoredWithASlowAdaptiveHash(@Autowired Accounts accounts) {
        Credentials buyer = fixtures.user(Role.BUYER);
        String hash = accounts.byId(buyer.id()).orElseThrow().passwordHash();
        assertThat(hash).startsWith("{bcrypt}$2a$10$").doesNotContain(buyer.password());
    }
}
