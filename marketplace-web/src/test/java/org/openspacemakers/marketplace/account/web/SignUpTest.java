package org.openspacemakers.marketplace.account.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openspacemakers.marketplace.support.OrderBodies.orderBody;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openspacemakers.marketplace.account.Accounts;
import org.openspacemakers.marketplace.account.People;
import org.openspacemakers.marketplace.account.Role;
import org.openspacemakers.marketplace.account.User;
import org.openspacemakers.marketplace.coretest.Race;
import org.openspacemakers.marketplace.fixtures.Credentials;
import org.openspacemakers.marketplace.fixtures.Fixtures;
import org.openspacemakers.marketplace.support.Api;
import org.openspacemakers.marketplace.support.MarketplaceTest;
import org.openspacemakers.marketplace.support.TravellingClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Sign-up, verification and password reset over the API, every case of their tokens (used, twice,
 * expired, unknown, raced), the answers that tell nothing of which addresses have an account, the
 * orders refused until the address is verified, and the profile's changes of password and address.
 * The mails are read from the outbox, and the tokens from their links.
 */
@MarketplaceTest
class SignUpTest {

    private static final String PASSWORD = "violet-kettle-marching-42";
    private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]+)");

    @Autowired
    Api api;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TravellingClock clock;

    /** One message of the outbox: its key, subject and text. */
    record Message(String key, String subject, String text) {
        String token() {
            Matcher link = TOKEN.matcher(text);
            assertThat(link.find()).as("a link with a token in: " + text).isTrue();
            return link.group(1);
        }
    }

    private List<Message> mailsTo(String recipient) {
        return jdbc.query("SELECT dedup_key, subject, body_text FROM mail_outbox WHERE recipient = ? ORDER BY created_at, dedup_key",
                (row, i) -> new Message(row.getString(1), row.getString(2), row.getString(3)), recipient);
    }

    private List<Message> mailsTo(String recipient, String kind) {
        return mailsTo(recipient).stream().filter(mail -> mail.key().contains(":" + kind + ":")).toList();
    }

    private static String newAddress() {
        return "signup-" + UUID.randomUUID() + "@test.example";
    }

    private Api.Answer signUp(String email, String password, String name) {
        return api.post("/api/v1/accounts", null, Api.JSON.writeValueAsString(Map.of("email", email, "password", password,
                "name", name)));
    }

    private Api.Answer verify(String token) {
        return api.post("/api/v1/accounts/verify", null, Api.JSON.writeValueAsString(Map.of("token", token)));
    }

    private Api.Answer requestReset(String email) {
        return api.post("/api/v1/accounts/password-reset", null, Api.JSON.writeValueAsString(Map.of("email", email)));
    }

    private Api.Answer confirmReset(String token, String password) {
        return api.post("/api/v1/accounts/password-reset/confirm", null,
                Api.JSON.writeValueAsString(Map.of("token", token, "password", password)));
    }

    /** 404 for a signed-in person (nobody's order), 401 for a wrong password, 429 when throttled. */
    private int signInStatus(String email, String password) {
        return api.get("/api/v1/orders/" + UUID.randomUUID(), new Credentials(UUID.randomUUID(), email, password)).status();
    }

    /** A buyer who signed up and followed the link. */
    private Credentials verifiedBuyer() {
        String email = newAddress();
        assertThat(signUp(email, PASSWORD, "Grace").status()).isEqualTo(201);
        assertThat(verify(mailsTo(email, "VERIFY").get(0).token()).status()).isEqualTo(204);
        return new Credentials(accounts.byEmail(email).orElseThrow().id(), email, PASSWORD);
    }

    @Test
    void aSignUpMakesAnUnverifiedBuyerAndMailsTheVerificationLink() {
        String email = newAddress();

        Api.Answer answer = signUp(email.toUpperCase(java.util.Locale.ROOT), PASSWORD, "Ada Lovelace");

        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.json().get("email").asString()).isEqualTo(email);
        User buyer = accounts.byEmail(email).orElseThrow();
        assertThat(buyer.roles()).containsExactly(Role.BUYER);
        assertThat(buyer.isEmailVerified()).isFalse();
        assertThat(buyer.displayName()).isEqualTo("Ada Lovelace");
        List<Message> mails = mailsTo(email, "VERIFY");
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).text()).contains("/verify?token=").contains("Ada Lovelace");
        assertThat(signInStatus(email, PASSWORD)).as("signs in before verifying").isEqualTo(404);
    }

    @Test
    void weakCommonShortOrOverlongPasswordsAreRefusedNamingPasswordAndNothingIsStored() {
        String email = newAddress();
        for (String weak : List.of("short-pass", "Password1234", "qwertyuiop123", email, "Ada Lovelace Byron",
                "é".repeat(37), "")) {
            Api.Answer answer = signUp(email, weak, "Ada Lovelace Byron");
            assertThat(answer.status()).as(weak).isEqualTo(400);
            assertThat(answer.codes("errors")).as(weak).containsExactly("password");
        }
        Api.Answer everything = api.post("/api/v1/accounts", null, "{\"email\":\"not-an-address\",\"password\":\"x\"}");
        assertThat(everything.status()).isEqualTo(400);
        assertThat(everything.codes("errors")).containsExactlyInAnyOrder("email", "password", "name");
        assertThat(accounts.byEmail(email)).isEmpty();
        assertThat(mailsTo(email)).isEmpty();
    }

    @Test
    void aRegisteredAddressIsAnsweredLikeANewOneAndItsOwnerIsTold() {
        Credentials owner = fixtures.user(Role.BUYER);
        String fresh = newAddress();

        Api.Answer taken = signUp(owner.email(), PASSWORD, "Someone");
        Api.Answer free = signUp(fresh, PASSWORD, "Someone");

        assertThat(taken.status()).isEqualTo(free.status()).isEqualTo(201);
        assertThat(taken.header("Content-Type")).isEqualTo(free.header("Content-Type"));
        assertThat(taken.body()).isEqualTo(free.body().replace(fresh, owner.email()));
        assertThat(taken.header("Location")).isNull();
        assertThat(signInStatus(owner.email(), owner.password())).as("the owner's password stays").isEqualTo(404);
        assertThat(signInStatus(owner.email(), PASSWORD)).isEqualTo(401);
        List<Message> told = mailsTo(owner.email(), "SIGN_UP_REPEATED");
        assertThat(told).hasSize(1);
        assertThat(told.get(0).text()).contains("/password-reset");
        assertThat(mailsTo(owner.email(), "VERIFY")).isEmpty();
    }

    @Test
    void aVerificationLinkWorksOnceAndUnknownOrMalformedTokensAreRefused() {
        String email = newAddress();
        signUp(email, PASSWORD, "Ada");
        String token = mailsTo(email, "VERIFY").get(0).token();

        // Opening the link's page uses nothing: a mail scanner may fetch it.
        assertThat(api.get("/verify?token=" + token).status()).isEqualTo(200);
        assertThat(verify(token).status()).isEqualTo(204);
        assertThat(accounts.byEmail(email).orElseThrow().isEmailVerified()).isTrue();

        Api.Answer twice = verify(token);
        assertThat(twice.status()).isEqualTo(400);
        assertThat(twice.codes("errors")).containsExactly("token");
        for (String unknown : List.of("A".repeat(43), "not a token", "", token + "x")) {
            Api.Answer answer = verify(unknown);
            assertThat(answer.status()).as(unknown).isEqualTo(400);
            assertThat(answer.codes("errors")).containsExactly("token");
            assertThat(answer.body()).isEqualTo(twice.body());
        }
    }

    @Test
    void aVerificationLinkExpiresAfterAnHourAndANewOneReplacesIt() {
        String email = newAddress();
        signUp(email, PASSWORD, "Ada");
        String first = mailsTo(email, "VERIFY").get(0).token();
        try {
            clock.travel(Duration.ofMinutes(61));
            assertThat(verify(first).status()).as("after an hour").isEqualTo(400);
        } finally {
            clock.backToNow();
        }
        Credentials buyer = new Credentials(accounts.byEmail(email).orElseThrow().id(), email, PASSWORD);
        assertThat(api.post("/api/v1/accounts/verify/resend", buyer, null).status()).isEqualTo(202);
        assertThat(api.post("/api/v1/accounts/verify/resend", buyer, null).status()).isEqualTo(202);
        List<String> tokens = mailsTo(email, "VERIFY").stream().map(Message::token).toList();
        assertThat(tokens).hasSize(3).doesNotHaveDuplicates();
        List<Integer> answers = new ArrayList<>();
        for (String token : tokens) {
            answers.add(verify(token).status());
        }
        assertThat(answers).as("only the newest link works").containsExactlyInAnyOrder(400, 400, 204);
        assertThat(accounts.byEmail(email).orElseThrow().isEmailVerified()).isTrue();
    }

    @Test
    void oneTokenUsedTwiceAtOnceWorksExactlyOnce() throws Exception {
        String email = newAddress();
        signUp(email, PASSWORD, "Ada");
        String token = mailsTo(email, "VERIFY").get(0).token();
        List<Callable<Integer>> uses = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            uses.add(() -> verify(token).status());
        }

        List<Race.Outcome<Integer>> outcomes = Race.run(uses);

        assertThat(outcomes).as(Race.describe(outcomes)).allMatch(Race.Outcome::succeeded);
        assertThat(outcomes.stream().map(Race.Outcome::value).toList()).as(Race.describe(outcomes))
                .containsOnlyOnce(204).containsOnly(204, 400);
    }

    @Test
    void aResetRequestAnswers202WhateverTheAddressAndMailsOnlyAnAccountThatWorks(@Autowired People people) {
        String nobody = newAddress();
        Credentials buyer = fixtures.user(Role.BUYER);
        Credentials disabled = fixtures.user(Role.BUYER);
        Credentials admin = fixtures.user(Role.ADMIN);
        people.disable(admin.id(), disabled.id());

        Api.Answer unknown = requestReset(nobody);
        Api.Answer known = requestReset(buyer.email().toUpperCase(java.util.Locale.ROOT));
        Api.Answer ofDisabled = requestReset(disabled.email());

        assertThat(List.of(unknown.status(), known.status(), ofDisabled.status())).containsOnly(202);
        assertThat(known.body()).isEqualTo(unknown.body()).isEqualTo(ofDisabled.body());
        assertThat(mailsTo(nobody)).isEmpty();
        assertThat(mailsTo(disabled.email(), "RESET")).isEmpty();
        assertThat(mailsTo(buyer.email(), "RESET")).hasSize(1);
        assertThat(requestReset("not an address").codes("errors")).containsExactly("email");
    }

    @Test
    void aResetSetsTheNewPasswordOnceAndTheOldOneStopsWorking() {
        Credentials buyer = fixtures.user(Role.BUYER);
        Api.Session signedIn = api.signIn(buyer);
        requestReset(buyer.email());
        String token = mailsTo(buyer.email(), "RESET").get(0).token();
        String newPassword = "orange-lantern-drifting-7";

        Api.Answer weak = confirmReset(token, "password1234");
        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.codes("errors")).containsExactly("password");
        assertThat(confirmReset(token, newPassword).status()).as("the token survived the weak password").isEqualTo(204);

        assertThat(signInStatus(buyer.email(), buyer.password())).isEqualTo(401);
        assertThat(signInStatus(buyer.email(), newPassword)).isEqualTo(404);
        assertThat(api.get("/account", signedIn.headers()).status()).as("a reset ends every page session").isEqualTo(302);
        Api.Answer again = confirmReset(token, "another-fine-password-8");
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.codes("errors")).containsExactly("token");
        assertThat(signInStatus(buyer.email(), newPassword)).isEqualTo(404);
    }

    @Test
    void aNewResetLinkReplacesTheEarlierOneAndALinkExpiresAfterAnHour() {
        Credentials buyer = fixtures.user(Role.BUYER);
        requestReset(buyer.email());
        requestReset(buyer.email());
        List<String> tokens = mailsTo(buyer.email(), "RESET").stream().map(Message::token).toList();
        assertThat(tokens).hasSize(2);
        List<Integer> answers = new ArrayList<>();
        try {
            clock.travel(Duration.ofMinutes(61));
            for (String token : tokens) {
                answers.add(confirmReset(token, "orange-lantern-drifting-7").status());
            }
        } finally {
            clock.backToNow();
        }
        assertThat(answers).containsOnly(400);
        assertThat(signInStatus(buyer.email(), buyer.password())).isEqualTo(404);
        requestReset(buyer.email());
        requestReset(buyer.email());
        List<String> later = mailsTo(buyer.email(), "RESET").stream().map(Message::token).filter(t -> !tokens.contains(t)).toList();
        answers.clear();
        for (String token : later) {
            answers.add(confirmReset(token, "orange-lantern-drifting-7").status());
        }
        assertThat(answers).as("only the newest link works").containsExactlyInAnyOrder(400, 204);
    }

    @Test
    void noMoreThanFiveResetLinksAnHourFillAPersonsMailbox() {
        Credentials buyer = fixtures.user(Role.BUYER);
        for (int i = 0; i < Accounts.MAILS_PER_WINDOW + 3; i++) {
            assertThat(requestReset(buyer.email()).status()).isEqualTo(202);
        }
        assertThat(mailsTo(buyer.email(), "RESET")).hasSize(Accounts.MAILS_PER_WINDOW);
        try {
            clock.travel(Accounts.MAIL_WINDOW.plusMinutes(1));
            assertThat(requestReset(buyer.email()).status()).isEqualTo(202);
        } finally {
            clock.backToNow();
        }
        assertThat(mailsTo(buyer.email(), "RESET")).as("once the hour is over").hasSize(Accounts.MAILS_PER_WINDOW + 1);
    }

    @Test
    void aThrottledAddressResetsItsPasswordAndTheResetLiftsTheThrottle() {
        Credentials buyer = fixtures.user(Role.BUYER);
        for (int attempt = 1; attempt <= Accounts.FAILED_SIGN_IN_LIMIT; attempt++) {
            assertThat(signInStatus(buyer.email(), "wrong-password-123")).isEqualTo(401);
        }
        assertThat(signInStatus(buyer.email(), buyer.password())).as("throttled").isEqualTo(429);

        assertThat(requestReset(buyer.email()).status()).isEqualTo(202);
        String newPassword = "orange-lantern-drifting-7";
        assertThat(confirmReset(mailsTo(buyer.email(), "RESET").get(0).token(), newPassword).status()).isEqualTo(204);

        assertThat(signInStatus(buyer.email(), newPassword)).isEqualTo(404);
    }

    @Test
    void anUnverifiedBuyerOrdersOnlyOnceTheAddressIsVerified() {
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        String email = newAddress();
        signUp(email, PASSWORD, "Ada");
        Credentials buyer = new Credentials(accounts.byEmail(email).orElseThrow().id(), email, PASSWORD);

        Api.Answer refused = api.placeOrder(buyer, UUID.randomUUID().toString(), orderBody(listing.fullKit().id(), 1, "FR"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().get("type").asString()).isEqualTo("/problems/email-not-verified");
        assertThat(refused.json().get("detail").asString()).contains("Verify your e-mail address").contains("again");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM orders WHERE buyer_id = ?", Integer.class, buyer.id().toString()))
                .isZero();

        assertThat(verify(mailsTo(email, "VERIFY").get(0).token()).status()).isEqualTo(204);
        assertThat(api.placeOrder(buyer, UUID.randomUUID().toString(), orderBody(listing.fullKit().id(), 1, "FR")).status())
                .isEqualTo(201);
    }

    @Test
    void thePasswordChangesOnTheProfileGivenTheCurrentOne() {
        Credentials buyer = verifiedBuyer();
        Api.Session session = api.signIn(buyer);
        Api.Session elsewhere = api.signIn(buyer);
        String newPassword = "orange-lantern-drifting-7";

        Api.Answer wrong = api.postForm("/account/password", Map.of("currentPassword", "not-my-password-1",
                "newPassword", newPassword, "_csrf", session.csrf()), session.headers());
        assertThat(wrong.status()).isEqualTo(302);
        assertThat(api.get(wrong.header("Location").replace(api.baseUrl(), ""), session.headers()).body()).contains("currentPassword: is not your current password");
        assertThat(signInStatus(buyer.email(), buyer.password())).isEqualTo(404);

        Api.Answer changed = api.postForm("/account/password", Map.of("currentPassword", buyer.password(),
                "newPassword", newPassword, "_csrf", session.csrf()), session.headers());
        assertThat(changed.status()).isEqualTo(302);
        assertThat(api.get(changed.header("Location").replace(api.baseUrl(), ""), session.headers()).body()).contains("Your password is changed, and you are signed out everywhere else. Your access tokens keep working.");
        assertThat(api.get("/account", session.headers()).status()).as("the session that changed it goes on").isEqualTo(200);
        assertThat(api.get("/account", elsewhere.headers()).status()).as("every other session ends").isEqualTo(302);
        assertThat(signInStatus(buyer.email(), buyer.password())).isEqualTo(401);
        assertThat(signInStatus(buyer.email(), newPassword)).isEqualTo(404);
    }

    @Test
    void aNewNameShowsAtOnceInThePagesOfTheSession() {
        Credentials buyer = verifiedBuyer();
        Api.Session session = api.signIn(buyer);
        String name = "Ada " + UUID.randomUUID().toString().substring(0, 8);

        assertThat(api.postForm("/account/name", Map.of("name", name, "_csrf", session.csrf()), session.headers()).status())
                .isEqualTo(302);

        assertThat(api.get("/account", session.headers()).body()).contains(name);
        assertThat(api.get("/", session.headers()).body()).as("in every page's header").contains(name);
        assertThat(accounts.byId(buyer.id()).orElseThrow().displayName()).isEqualTo(name);
    }

    @Test
    void aNewAddressIsVerifiedBeforeTheAccountMovesToIt() {
        Credentials buyer = verifiedBuyer();
        Api.Session session = api.signIn(buyer);
        String moved = newAddress();

        Api.Answer wrong = api.postForm("/account/email", Map.of("currentPassword", "not-my-password-1", "newEmail", moved,
                "_csrf", session.csrf()), session.headers());
        assertThat(wrong.status()).isEqualTo(302);
        assertThat(mailsTo(moved)).isEmpty();
        api.postForm("/account/email", Map.of("currentPassword", buyer.password(), "newEmail", moved,
                "_csrf", session.csrf()), session.headers());

        assertThat(mailsTo(buyer.email(), "ADDRESS_CHANGE_ASKED")).hasSize(1);
        assertThat(mailsTo(buyer.email(), "ADDRESS_CHANGE_ASKED").get(0).text()).contains(moved);
        assertThat(signInStatus(buyer.email(), buyer.password())).as("the old address until the link is followed").isEqualTo(404);
        assertThat(signInStatus(moved, buyer.password())).isEqualTo(401);

        assertThat(verify(mailsTo(moved, "NEW_ADDRESS").get(0).token()).status()).isEqualTo(204);

        assertThat(signInStatus(moved, buyer.password())).isEqualTo(404);
        assertThat(signInStatus(buyer.email(), buyer.password())).isEqualTo(401);
        assertThat(accounts.byId(buyer.id()).orElseThrow().email()).isEqualTo(moved);
        assertThat(api.get("/account", session.headers()).status()).as("signed in again with the new address").isEqualTo(302);
    }

    @Test
    void theFormPagesAreOpenToAnyoneAndAWeakPasswordShowsTheFormAgain() {
        for (String path : List.of("/sign-up", "/password-reset", "/password-reset/confirm?token=x", "/verify?token=x",
                "/sign-up/mailed", "/password-reset/mailed", "/sign-up?lang=fr")) {
            assertThat(api.get(path).status()).as(path).isEqualTo(200);
        }
        assertThat(api.get("/login").body()).contains("href=\"/sign-up?lang=en\"").contains("href=\"/password-reset?lang=en\"");
        assertThat(api.get("/sign-up?lang=fr").body()).contains("Créer un compte");
    }
}
