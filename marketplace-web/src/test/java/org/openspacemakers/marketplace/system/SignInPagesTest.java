package org.openspacemakers.marketplace.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openspacemakers.marketplace.account.Role;
import org.openspacemakers.marketplace.fixtures.Credentials;
import org.openspacemakers.marketplace.fixtures.Fixtures;
import org.openspacemakers.marketplace.support.Api;
import org.openspacemakers.marketplace.support.MarketplaceTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Form sign-in: CSRF-protected, a new session id at sign-in, and that session is no key to the API. */
@MarketplaceTest
class SignInPagesTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Autowired
    Api api;
    @Autowired
    Fixtures fixtures;

    @Test
    void signInNeedsTheCsrfTokenChangesTheSessionIdAndTheSessionDoesNotOpenTheApi() {
        Credentials buyer = fixtures.user(Role.BUYER);
        Api.Answer loginPage = api.get("/login");
        String anonymousSession = cookie(loginPage);
        Matcher token = CSRF.matcher(loginPage.body());
        assertThat(token.find()).isTrue();
        assertThat(anonymousSession).isNotNull();

        Api.Answer withoutToken = api.postForm("/login", Map.of("email", buyer.email(), "password", buyer.password()),
                Map.of("Cookie", anonymousSession));
        assertThat(withoutToken.status()).isEqualTo(403);

        Api.Answer signedIn = api.postForm("/login",
                Map.of("email", buyer.email(), "password", buyer.password(), "_csrf", token.group(1)),
                Map.of("Cookie", anonymousSession));
        assertThat(signedIn.status()).isEqualTo(302);
        String session = cookie(signedIn);
        assertThat(session).isNotNull().isNotEqualTo(anonymousSession);

        assertThat(api.get("/orders", Map.of("Cookie", session)).status()).isEqualTo(200);
        assertThat(api.get("/orders", Map.of()).status()).isEqualTo(302);
        assertThat(api.get("/api/v1/orders/" + java.util.UUID.randomUUID(), Map.of("Cookie", session)).status())
                .isEqualTo(401);
    }

    @Test
    void aWrongPasswordOnTheFormSendsBackToTheFormWithAnError() {
        Credentials buyer = fixtures.user(Role.BUYER);
        Api.Answer loginPage = api.get("/login");
        Matcher token = CSRF.matcher(loginPage.body());
        assertThat(token.find()).isTrue();
        Api.Answer failed = api.postForm("/login",
                Map.of("email", buyer.email(), "password", "wrong-password-123", "_csrf", token.group(1)),
                Map.of("Cookie", cookie(loginPage)));
        assertThat(failed.status()).isEqualTo(302);
        assertThat(failed.header("Location")).endsWith("/login?error");
    }

    @Test
    void theLanguageSurvivesSignInItsFailureAndSignOut() {
        Credentials buyer = fixtures.user(Role.BUYER);
        Api.Answer guarded = api.get("/orders?lang=fr");
        assertThat(guarded.status()).isEqualTo(302);
        assertThat(guarded.header("Location")).endsWith("/login?lang=fr");
        String anonymous = cookie(guarded);

        Api.Answer loginPage = api.get("/login?lang=fr", Map.of("Cookie", anonymous));
        assertThat(loginPage.body()).contains("lang=\"fr\"").contains("action=\"/login?lang=fr\"");
        Matcher token = CSRF.matcher(loginPage.body());
        assertThat(token.find()).isTrue();

        Api.Answer failed = api.postForm("/login?lang=fr",
                Map.of("email", buyer.email(), "password", "wrong-password-123", "_csrf", token.group(1)),
                Map.of("Cookie", anonymous));
        assertThat(failed.header("Location")).endsWith("/login?error&lang=fr");

        Api.Answer signedIn = api.postForm("/login?lang=fr",
                Map.of("email", buyer.email(), "password", buyer.password(), "_csrf", token.group(1)),
                Map.of("Cookie", anonymous));
        assertThat(signedIn.status()).isEqualTo(302);
        assertThat(signedIn.header("Location")).as("back to the page asked for, in its language").contains("/orders?lang=fr");
        String session = cookie(signedIn);
        String back = signedIn.header("Location").substring(signedIn.header("Location").indexOf("/orders"));
        Api.Answer orders = api.get(back, Map.of("Cookie", session));
        assertThat(orders.status()).isEqualTo(200);
        assertThat(orders.body()).contains("lang=\"fr\"").contains("action=\"/logout?lang=fr\"");

        Matcher fresh = CSRF.matcher(orders.body());
        assertThat(fresh.find()).isTrue();
        Api.Answer signedOut = api.postForm("/logout?lang=fr", Map.of("_csrf", fresh.group(1)), Map.of("Cookie", session));
        assertThat(signedOut.status()).isEqualTo(302);
        assertThat(signedOut.header("Location")).endsWith("/?lang=fr");
    }

    @Test
    void aSignInNobodyAskedForGoesToTheStorefrontInTheFormsLanguage() {
        Credentials buyer = fixtures.user(Role.BUYER);
        Api.Answer loginPage = api.get("/login?lang=fr");
        Matcher token = CSRF.matcher(loginPage.body());
        assertThat(token.find()).isTrue();

        Api.Answer signedIn = api.postForm("/login?lang=fr",
                Map.of("email", buyer.email(), "password", buyer.password(), "_csrf", token.group(1)),
                Map.of("Cookie", cookie(loginPage)));

        assertThat(signedIn.status()).isEqualTo(302);
        assertThat(signedIn.header("Location")).endsWith("/?lang=fr");
    }

    @Test
    void tenFailedFormSignInsThrottleTheAccountWithA429() {
        Credentials buyer = fixtures.user(Role.BUYER);
        Api.Answer loginPage = api.get("/login");
        Matcher token = CSRF.matcher(loginPage.body());
        assertThat(token.find()).isTrue();
        Map<String, String> session = Map.of("Cookie", cookie(loginPage));
        Map<String, String> wrong = Map.of("email", buyer.email(), "password", "wrong-password-123", "_csrf", token.group(1));
        for (int attempt = 1; attempt <= org.openspacemakers.marketplace.account.Accounts.FAILED_SIGN_IN_LIMIT; attempt++) {
            assertThat(api.postForm("/login", wrong, session).status()).as("attempt " + attempt).isEqualTo(302);
        }
        Api.Answer throttled = api.postForm("/login",
                Map.of("email", buyer.email(), "password", buyer.password(), "_csrf", token.group(1)), session);
        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.body()).contains("Too many failed sign-ins");
    }

    @Test
    void pagesSpeakFrenchOrEnglish() {
        assertThat(api.get("/?lang=fr").body()).contains("Cartes");
        assertThat(api.get("/", Map.of("Accept-Language", "fr-FR,fr;q=0.9")).body()).contains("Cartes");
        assertThat(api.get("/?lang=en").body()).contains("Boards");
    }

    @Test
    void everyPageShowsTheDemoBannerInDemoMode() {
        assertThat(api.get("/").body()).contains("id=\"demo-banner\"");
        assertThat(api.get("/login").body()).contains("id=\"demo-banner\"");
    }

    @Test
    void unknownPagesAnswerAFriendlyNotFound() {
        Api.Answer answer = api.get("/boards/no-such-board", Map.of("Accept", "text/html"));
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.body()).contains("Not found").doesNotContain("Exception");
    }

    private static String cookie(Api.Answer answer) {
        String setCookie = answer.header("Set-Cookie");
        return setCookie == null ? null : setCookie.split(";", 2)[0];
    }
}
