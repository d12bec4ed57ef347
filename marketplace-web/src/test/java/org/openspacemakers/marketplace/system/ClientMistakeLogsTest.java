package org.openspacemakers.marketplace.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openspacemakers.marketplace.account.Role;
import org.openspacemakers.marketplace.fixtures.Credentials;
import org.openspacemakers.marketplace.fixtures.Fixtures;
import org.openspacemakers.marketplace.support.Api;
import org.openspacemakers.marketplace.support.LogEvents;
import org.openspacemakers.marketplace.support.MarketplaceTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A client's mistake is answered (4xx) and is no event for the log: nothing at WARN or ERROR, no
 * stack trace, and nothing the client wrote, so no line it could forge with an encoded CR/LF.
 * Each request carries a marker the log must never quote; here the log is the behaviour.
 */
@MarketplaceTest
class ClientMistakeLogsTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    /** What a forger puts after the line break: it must never begin a line, nor appear at all. */
    private final String forged = "FORGED" + UUID.randomUUID().toString().substring(0, 8);
    /** Invalid UTF-8, then CR LF and the forged line's start, as a query or form value. */
    private final String undecodable = "%ff%0d%0a" + forged + "%20ERROR%20line";

    @Autowired
    Api api;
    @Autowired
    Fixtures fixtures;

    @Test
    void aSearchThatDoesNotDecodeIsRefusedWithoutAnErrorLogged() {
        try (LogEvents logs = LogEvents.capture()) {
            Api.Answer page = api.get("/?q=" + undecodable, Map.of("Accept", "text/html"));
            assertThat(page.status()).isEqualTo(400);
            assertThat(page.body()).as("the store's own page, no stack trace").contains("site-header")
                    .doesNotContain("Exception", forged);
            Api.Answer french = api.get("/?lang=fr&q=" + undecodable, Map.of("Accept", "text/html"));
            assertThat(french.status()).isEqualTo(400);
            assertThat(french.body()).as("still in the language asked for").contains("<html lang=\"fr\"");
            assertThat(api.get("/api/v1/boards?q=" + undecodable).status()).isEqualTo(400);
            assertThat(api.raw("GET /?q=%zz" + forged + " HTTP/1.1", new byte[0]).status())
                    .as("a percent sign that encodes nothing").isEqualTo(400);
            assertThat(api.raw("HEAD /?q=%e2%82 HTTP/1.1", new byte[0]).status()).as("a cut UTF-8 sequence").isEqualTo(400);
            assertThat(api.get("/?q=%0d%0a" + forged).status()).as("a line break that decodes is searched for").isEqualTo(200);
            assertThat(api.get("/api/v1/boards?q=%0d%0a" + forged).json().get("items").isEmpty()).isTrue();

            assertQuiet(logs);
        }
    }

    @Test
    void aFormWhoseBodyDoesNotDecodeIsRefusedAndChangesNothing() {
        Fixtures.Listing listing = fixtures.submittedListing();
        Api.Session maker = api.signIn(listing.maker());
        String name = listing.board().name();
        Api.Answer signInPage = api.get("/login");
        Matcher token = CSRF.matcher(signInPage.body());
        assertThat(token.find()).isTrue();
        String anonymous = signInPage.header("Set-Cookie").split(";", 2)[0];

        try (LogEvents logs = LogEvents.capture()) {
            Api.Answer described = api.raw("POST /listings/" + listing.board().slug() + " HTTP/1.1\r\nAccept: text/html\r\n"
                    + "Cookie: " + maker.cookie() + "\r\nX-CSRF-TOKEN: " + maker.csrf()
                    + "\r\nContent-Type: application/x-www-form-urlencoded", ("name=" + undecodable).getBytes(StandardCharsets.US_ASCII));
            assertThat(described.status()).isEqualTo(400);
            assertThat(described.body()).contains("site-header").doesNotContain("Exception", forged);
            Api.Answer signIn = api.raw("POST /login HTTP/1.1\r\nAccept: text/html\r\nCookie: " + anonymous
                    + "\r\nContent-Type: application/x-www-form-urlencoded",
                    ("email=" + undecodable + "&password=x&_csrf=" + token.group(1)).getBytes(StandardCharsets.US_ASCII));
            assertThat(signIn.status()).isEqualTo(400);
            Api.Answer wrongEmail = api.postForm("/login", Map.of("email", "someone\r\n" + forged + " ERROR line",
                    "password", "wrong-password-123", "_csrf", token.group(1)), Map.of("Cookie", anonymous));
            assertThat(wrongEmail.status()).as("a line break that decodes is a wrong e-mail").isEqualTo(302);

            assertQuiet(logs);
        }
        assertThat(api.get("/api/v1/boards/" + listing.board().slug()).json().get("name").asString()).isEqualTo(name);
    }

    @Test
    void aPageUploadWithoutAFileIsABadRequest() {
        Fixtures.Listing listing = fixtures.draftListing();
        Api.Session maker = api.signIn(listing.maker());

        try (LogEvents logs = LogEvents.capture()) {
            Api.Answer plainForm = api.submit(maker, "/listings/" + listing.board().slug() + "/photos", Map.of("file", forged));
            assertThat(plainForm.status()).isEqualTo(400);
            assertThat(plainForm.body()).contains("site-header").doesNotContain("Exception", forged);
            Api.Answer cut = api.raw("POST /revisions/" + listing.revision().id() + "/bom HTTP/1.1\r\nAccept: text/html\r\n"
                    + "Cookie: " + maker.cookie() + "\r\nX-CSRF-TOKEN: " + maker.csrf()
                    + "\r\nContent-Type: multipart/form-data; boundary=cut",
                    ("--cut\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + forged + "\"\r\n\r\n"
                            + forged).getBytes(StandardCharsets.US_ASCII));
            assertThat(cut.status()).as("an upload cut short").isEqualTo(400);

            assertQuiet(logs);
        }
    }

    @Test
    void anApiUploadThatDoesNotDecodeIsABadRequest() {
        Fixtures.Listing listing = fixtures.draftListing();
        String evidence = "POST /api/v1/revisions/" + listing.revision().id() + "/dossier/evidence";
        String upload = basic(listing.maker()) + "\r\nContent-Type: multipart/form-data; boundary=cut";

        try (LogEvents logs = LogEvents.capture()) {
            assertThat(api.raw(evidence + "?" + undecodable + " HTTP/1.1\r\n" + upload,
                    "--cut--\r\n".getBytes(StandardCharsets.US_ASCII)).status()).as("a query that does not decode").isEqualTo(400);
            assertThat(api.raw(evidence + " HTTP/1.1\r\n" + upload, ("--cut\r\nContent-Disposition: form-data; name=\"file\"; "
                    + "filename=\"" + forged + "\"\r\n\r\n" + forged).getBytes(StandardCharsets.US_ASCII)).status())
                    .as("an upload cut short").isEqualTo(400);

            assertQuiet(logs);
        }
    }

    @Test
    void theApiAnswersAWrongMethodOrContentTypeWithoutAWarning() {
        Fixtures.Listing listing = fixtures.draftListing();
        String maker = basic(listing.maker());
        String buyer = basic(fixtures.user(Role.BUYER)) + "\r\nContent-Type: application/json\r\nIdempotency-Key: ";
        byte[] badJson = ("{\"lines\": \"?\r\n" + forged + " ERROR line").getBytes(StandardCharsets.US_ASCII);
        badJson[11] = (byte) 0xff;

        try (LogEvents logs = LogEvents.capture()) {
            assertThat(api.raw("DELETE /api/v1/boards/" + listing.board().slug() + " HTTP/1.1\r\n" + maker, new byte[0]).status())
                    .isEqualTo(405);
            assertThat(api.raw("PUT /api/v1/boards/" + listing.board().slug() + " HTTP/1.1\r\n" + maker
                    + "\r\nContent-Type: application/x-www-form-urlencoded", ("name=%zz" + forged).getBytes(StandardCharsets.US_ASCII))
                    .status()).as("a form where JSON is expected, and that does not decode").isEqualTo(415);
            assertThat(api.raw("PUT /api/v1/revisions/" + listing.revision().id() + "/bom HTTP/1.1\r\n" + maker
                    + "\r\nContent-Type: application/json", "{}".getBytes(StandardCharsets.US_ASCII)).status()).isEqualTo(415);
            Api.Answer notJson = api.raw("POST /api/v1/orders HTTP/1.1\r\n" + buyer + UUID.randomUUID(), badJson);
            assertThat(notJson.status()).isEqualTo(400);
            assertThat(notJson.body()).contains("\"field\":\"body\"").doesNotContain(forged);
            assertThat(api.raw("POST /api/v1/orders HTTP/1.1\r\n" + buyer + UUID.randomUUID(),
                    ("{\"buyerType\": \"\\r\\n" + forged + "\"}").getBytes(StandardCharsets.US_ASCII)).status()).isEqualTo(400);

            assertQuiet(logs);
        }
    }

    @Test
    void malformedHeadersAndCookiesAreRefusedOrIgnoredQuietly() {
        try (LogEvents logs = LogEvents.capture()) {
            assertThat(api.raw("GET / HTTP/1.1\r\nAccept-Language: en\u0001" + forged, new byte[0]).status()).isEqualTo(400);
            assertThat(api.raw("GET / HTTP/1.1\r\nX-Note: en\r" + forged + " ERROR line", new byte[0]).status()).isEqualTo(400);
            assertThat(api.raw("GET / HTTP/1.1\r\nCookie: note=\"two " + forged + "\"", new byte[0]).status())
                    .as("a cookie that breaks the rules is ignored").isEqualTo(200);
            assertThat(api.raw("GET / HTTP/1.1\r\nAccept-Language: \u0085" + forged, new byte[0]).status())
                    .isEqualTo(400);

            assertQuiet(logs);
        }
    }

    private static String basic(Credentials who) {
        return "Authorization: Basic " + Base64.getEncoder().encodeToString(
                (who.email() + ":" + who.password()).getBytes(StandardCharsets.UTF_8));
    }

    private void assertQuiet(LogEvents logs) {
        String logged = "logged:\n" + LogEvents.describe(logs.all());
        assertThat(logs.warningsAndErrors()).as(logged).isEmpty();
        assertThat(logs.withThrowable()).as(logged).isEmpty();
        assertThat(logs.forgingALineStartingWith(forged)).as(logged).isEmpty();
        assertThat(logs.quoting(forged)).as(logged).isEmpty();
    }
}
