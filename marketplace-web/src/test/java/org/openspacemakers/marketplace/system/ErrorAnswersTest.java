package org.openspacemakers.marketplace.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openspacemakers.marketplace.account.Role;
import org.openspacemakers.marketplace.fixtures.Credentials;
import org.openspacemakers.marketplace.fixtures.Fixtures;
import org.openspacemakers.marketplace.support.Api;
import org.openspacemakers.marketplace.support.Failures;
import org.openspacemakers.marketplace.support.MarketplaceTest;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Every error the API answers is problem details, whoever refuses the request: Spring MVC (405,
 * 406, 415, a path that names nothing), Spring Security's firewall, the container before the store
 * is reached, an exception nothing handled. Pages get the store's friendly page for the same cases.
 * Never a stack trace, the exception's message, or the server's name.
 */
@MarketplaceTest
class ErrorAnswersTest {

    @Autowired
    Api api;
    @Autowired
    Fixtures fixtures;

    private Credentials buyer;

    @BeforeEach
    void aBuyer() {
        buyer = fixtures.user(Role.BUYER);
    }

    @Test
    void aMethodThePathDoesNotServeIsProblemDetailsWithAllow() {
        Api.Answer answer = api.call("DELETE", "/api/v1/orders", buyer, Map.of("Accept-Language", "fr"));

        JsonNode problem = problem(answer, 405, "/problems/method-not-allowed");
        assertThat(answer.header("Allow")).isEqualTo("POST");
        assertThat(problem.get("title").asString()).isEqualTo("Method Not Allowed");
        assertThat(problem.get("detail").asString()).contains("Cette méthode n'est pas permise ici");
    }

    @Test
    void aContentTypeTheEndpointDoesNotTakeIsProblemDetails() {
        Api.Answer text = api.post("/api/v1/orders", buyer, "lines=1",
                Map.of("Content-Type", "text/plain", "Idempotency-Key", UUID.randomUUID().toString()));
        problem(text, 415, "/problems/unsupported-media-type");
        assertThat(text.header("Accept")).contains("application/json");

        // No handler takes JSON on that path: refused before any controller is chosen.
        Api.Answer json = api.put("/api/v1/revisions/" + UUID.randomUUID() + "/bom", buyer, "{}");
        problem(json, 415, "/problems/unsupported-media-type");
        assertThat(json.header("Accept")).contains("text/csv");
    }

    @Test
    void aRepresentationTheApiCannotGiveIsProblemDetails() {
        Api.Answer answer = api.get("/api/v1/boards", Map.of("Accept", "application/xml"));

        problem(answer, 406, "/problems/not-acceptable");
    }

    /** An invalid escape or an encoded slash (the container), path parameters, dot segments, double slashes (the firewall). */
    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/orders/a%2Fb", "/api/v1/orders/abc;jsessionid=0123456789", "/api/v1/orders/../boards",
            "/api/v1/%2e%2e/boards", "//api/v1/boards"})
    void aMalformedPathIsProblemDetails(String path) {
        problem(api.get(path, buyer), 400, "/problems/bad-request");
    }

    @Test
    void whatTheContainerRefusesBeforeTheStoreIsProblemDetails() {
        problem(api.raw("GET /api/v1/orders/%zz HTTP/1.1\r\nHost: localhost"), 400, "/problems/bad-request");
        problem(api.raw("GET /api/v1/bo|ards HTTP/1.1\r\nHost: localhost"), 400, "/problems/bad-request");
        problem(api.raw("GET /api/v1/boards HTTP/1.1\r\nHost: localhost\r\nBad Header: x"), 400, "/problems/bad-request");
    }

    @Test
    void aPathThatNamesNothingIsNotFound() {
        JsonNode problem = problem(api.get("/api/v1/nothing-here", buyer), 404, "/problems/not-found");
        assertThat(problem.get("instance").asString()).isEqualTo("/api/v1/nothing-here");
    }

    @Test
    void anUnexpectedFailureIsA500SayingNothingOfIt() {
        Api.Answer answer = api.get(Failures.API, buyer);

        JsonNode problem = problem(answer, 500, "/problems/internal-error");
        assertThat(problem.get("detail").asString()).isEqualTo("The store could not answer this request. Please try again later.");
        assertThat(answer.body()).doesNotContain(Failures.SECRET, "password_hash", "IllegalStateException");
    }

    @Test
    void pagesGetTheFriendlyPageForTheSameCases() {
        Api.Session session = api.signIn(buyer);

        Api.Answer wrongMethod = api.get("/account/tokens", session.headers());
        friendlyPage(wrongMethod, 405, "Something is wrong with this request");
        assertThat(wrongMethod.header("Allow")).isEqualTo("POST");
        friendlyPage(api.get("//boards", session.headers()), 400, "Something is wrong with this request");
        friendlyPage(api.get("/boards/no-such-board-" + UUID.randomUUID()), 404, "Not found");
        Api.Answer failure = api.get(Failures.PAGE, session.headers());
        friendlyPage(failure, 500, "Something went wrong");
        assertThat(failure.body()).doesNotContain(Failures.SECRET, "IllegalStateException");

        Api.Answer malformed = api.raw("GET /boards/%zz HTTP/1.1\r\nHost: localhost\r\nAccept-Language: fr");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.header("Content-Type")).startsWith("text/html");
        assertThat(malformed.body()).contains("Cette demande comporte une erreur").contains("href=\"/\"")
                .doesNotContain("Tomcat", "HTTP Status", "Exception");
        assertThat(malformed.header("Server")).isNull();
    }

    /** The answer's problem details, checked against what every API error carries. */
    private static JsonNode problem(Api.Answer answer, int status, String type) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.header("Server")).isNull();
        assertThat(answer.header("Set-Cookie")).as("the API stays stateless").isNull();
        assertThat(answer.body()).doesNotContain("Tomcat", "Exception", "at org.", "<html");
        JsonNode problem = answer.json();
        assertThat(problem.get("type").asString()).isEqualTo(type);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(problem.get("detail").asString()).isNotBlank();
        return problem;
    }

    private static void friendlyPage(Api.Answer answer, int status, String title) {
        assertThat(answer.status()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).startsWith("text/html");
        assertThat(answer.header("Server")).isNull();
        assertThat(answer.body()).contains("class=\"site-header\"").contains("<h1>" + title + "</h1>")
                .doesNotContain("Tomcat", "Exception", "at org.");
    }
}
