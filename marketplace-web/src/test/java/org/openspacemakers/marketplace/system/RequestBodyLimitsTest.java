package org.openspacemakers.marketplace.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openspacemakers.marketplace.support.OrderBodies.orderBody;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openspacemakers.marketplace.account.Role;
import org.openspacemakers.marketplace.catalog.Revision;
import org.openspacemakers.marketplace.compliance.DossierContent;
import org.openspacemakers.marketplace.compliance.Dossiers;
import org.openspacemakers.marketplace.compliance.RevisionRef;
import org.openspacemakers.marketplace.fixtures.Credentials;
import org.openspacemakers.marketplace.fixtures.DossierFixtures;
import org.openspacemakers.marketplace.fixtures.Fixtures;
import org.openspacemakers.marketplace.support.Api;
import org.openspacemakers.marketplace.support.MarketplaceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Request bodies are bounded before they are read: over its endpoint's limit a body answers 413,
 * at once from its Content-Length, or as soon as a chunked body passes the limit, while the client
 * is still sending; problem details on the API, the friendly page elsewhere; nothing stored.
 */
@MarketplaceTest
class RequestBodyLimitsTest {

    private static final int KIB = 1024;
    private static final int MIB = 1024 * KIB;

    @Autowired
    Api api;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Dossiers dossiers;
    @Autowired
    JdbcTemplate jdbc;

    private Fixtures.Listing listing;
    private Credentials buyer;

    @BeforeEach
    void anApprovedBoardAndABuyer() {
        listing = fixtures.approvedListing("FR");
        buyer = fixtures.user(Role.BUYER);
    }

    @Test
    void anOrderLargerThanItsLimitIsRefusedFromItsContentLengthAndNothingIsStored() {
        String order = orderBody(listing.fullKit().id(), 1, "FR");
        // A valid order, spaced out to 1 MiB: whitespace the JSON reader would skip, were it read.
        String spacedOut = order.substring(0, 1) + " ".repeat(MIB) + order.substring(1);

        Api.Answer refused = api.post("/api/v1/orders", buyer, spacedOut,
                Map.of("Idempotency-Key", UUID.randomUUID().toString(), "Accept-Language", "fr"));

        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().get("type").asString()).isEqualTo("/problems/body-too-large");
        assertThat(refused.json().get("title").asString()).isEqualTo("Content Too Large");
        assertThat(refused.json().get("status").asInt()).isEqualTo(413);
        assertThat(refused.json().get("detail").asString()).contains("64 Kio");
        assertThat(refused.json().get("maxBytes").asLong()).isEqualTo(64 * KIB);
        assertThat(storedOrders()).isZero();
        assertThat(api.placeOrder(buyer, UUID.randomUUID().toString(), order).status()).as("the same order, unpadded")
                .isEqualTo(201);
    }

    /** Without the limit the store reads the whole gigabyte of spaces before it can answer. */
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aChunkedOrderIsCutOffAtItsLimitWhileTheClientIsStillSending() {
        String order = orderBody(listing.fullKit().id(), 1, "FR");
        // Cut off inside the list of lines, which Jackson reports as a fault of the field it was reading.
        String unfinished = order.substring(0, order.indexOf("]")) + ",";
        long gigabyte = 1024L * MIB;

        Api.Streamed refused = api.stream("POST", "/api/v1/orders", buyer, unfinished, gigabyte, false,
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));

        assertThat(refused.answer().status()).isEqualTo(413);
        assertThat(refused.answer().header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.answer().json().get("type").asString()).isEqualTo("/problems/body-too-large");
        assertThat(refused.answer().json().get("detail").asString()).contains("64 KiB");
        assertThat(refused.answer().header("Content-Length")).as("written whole, not chunked, before the connection closes")
                .isNotNull();
        assertThat(refused.sent()).as("the answer came while the client still had most of the body to send")
                .isLessThan(gigabyte / 4);
        assertThat(storedOrders()).isZero();
    }

    @Test
    void theDossierTakesAboutAMebibyteAndNoMore() {
        Fixtures.Listing team = fixtures.draftListingWithoutDossier();
        Revision draft = team.revision();
        String path = "/api/v1/revisions/" + draft.id() + "/dossier";
        String head = "{\"ce\":{\"docNumber\":\"DOC-LARGE\"},";
        String tail = "\"svhc\":{\"present\":false}}";

        Api.Answer tooLarge = api.put(path, team.maker(), head + " ".repeat(MIB + 1 - head.length() - tail.length()) + tail);
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.json().get("detail").asString()).contains("1 MiB");
        // Cut off between two fields: what the reader throws reaches the filter as it is.
        Api.Streamed chunked = api.stream("PUT", path, team.maker(), head, 4L * MIB, false, Map.of());
        assertThat(chunked.answer().status()).isEqualTo(413);
        assertThat(chunked.answer().header("Content-Type")).startsWith("application/problem+json");
        assertThat(chunked.answer().header("Content-Length")).isNotNull();
        assertThat(dossiers.dossier(RevisionRef.of(draft.id())).content()).isEqualTo(DossierContent.EMPTY);

        Api.Answer saved = api.put(path, team.maker(), head + " ".repeat(MIB - KIB) + tail);
        assertThat(saved.status()).as("just under 1 MiB, far over the API's 64 KiB").isEqualTo(200);
        assertThat(dossiers.dossier(RevisionRef.of(draft.id())).content().ce().declaration().number()).isEqualTo("DOC-LARGE");
    }

    @Test
    void anUploadLargerThanTheUploadLimitIsRefusedNamingIt() {
        Fixtures.Listing team = fixtures.draftListingWithoutDossier();
        Revision draft = team.revision();
        byte[] thirteenMebibytes = new byte[13 * MIB];
        byte[] pdf = DossierFixtures.pdf("padding");
        System.arraycopy(pdf, 0, thirteenMebibytes, 0, pdf.length);

        Api.Answer refused = api.upload(team.maker(), "/api/v1/revisions/" + draft.id() + "/dossier/evidence", "file",
                "huge.pdf", thirteenMebibytes, "application/pdf");

        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.json().get("detail").asString()).contains("12 MiB");
        assertThat(dossiers.dossier(RevisionRef.of(draft.id())).files()).isEmpty();
    }

    @Test
    void aPageFormLargerThanItsLimitGetsTheFriendlyPage() {
        String threeMebibytes = "x".repeat(3 * MIB);

        Api.Answer declared = api.postForm("/login?lang=fr", Map.of("email", threeMebibytes, "password", "x"), Map.of());
        Api.Streamed chunked = api.stream("POST", "/login", null, "email=", 3L * MIB, false,
                Map.of("Content-Type", "application/x-www-form-urlencoded"));
        // More than Tomcat drains after a refusal: the page must be whole before it closes the connection.
        Api.Streamed huge = api.stream("POST", "/login", null, "email=", 64L * MIB, true,
                Map.of("Content-Type", "application/x-www-form-urlencoded"));

        for (Api.Answer refused : new Api.Answer[] {declared, chunked.answer(), huge.answer()}) {
            assertThat(refused.status()).isEqualTo(413);
            assertThat(refused.header("Content-Type")).startsWith("text/html");
            assertThat(refused.body()).contains("class=\"site-header\"").doesNotContain("Exception", "Tomcat");
        }
        assertThat(declared.body()).contains("Trop volumineux");
        assertThat(chunked.answer().body()).contains("Too large to send");
    }

    /** This test's buyer's orders and the lines ordering its listing's offer. */
    private int storedOrders() {
        return jdbc.queryForObject("SELECT (SELECT COUNT(*) FROM orders WHERE buyer_id = ?)"
                + " + (SELECT COUNT(*) FROM order_lines WHERE offer_id = ?)", Integer.class,
                buyer.id().toString(), listing.fullKit().id().toString());
    }
}
