package org.openspacemakers.marketplace.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openspacemakers.marketplace.catalog.Revision;
import org.openspacemakers.marketplace.fixtures.DossierFixtures;
import org.openspacemakers.marketplace.fixtures.Fixtures;
import org.openspacemakers.marketplace.support.Api;
import org.openspacemakers.marketplace.support.MarketplaceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The API refuses the bodies a foreign page can send without a CORS preflight (form-encoded,
 * multipart, plain text, none) when they come from another origin, and takes them from its own
 * pages and from clients that name no origin.
 */
@MarketplaceTest
class CrossOriginFormRefusalTest {

    private static final Map<String, String> FOREIGN = Map.of("Origin", "https://evil.example");
    private static final byte[] BOM = (Fixtures.SMALL_BOM + "C1,100n,C_0603,1,Yageo,CC0603KRX7R9BB104\n")
            .getBytes(StandardCharsets.UTF_8);

    @Autowired
    Api api;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aPlainTextBomFromAnotherSiteIsRefusedAndChangesNothing() {
        Fixtures.Listing listing = fixtures.submittedListing();
        Revision draft = fixtures.draftRevision(listing.maker(), listing.board(), "2.0");
        String path = "/api/v1/revisions/" + draft.id() + "/bom";
        String before = bomHash(draft);

        Api.Answer refused = api.putBytes(path, listing.maker(), BOM, "text/plain", FOREIGN);
        Api.Answer byReferer = api.putBytes(path, listing.maker(), BOM, "text/plain",
                Map.of("Referer", "https://evil.example/page.html"));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().get("type").asString()).isEqualTo("/problems/cross-origin-refused");
        assertThat(byReferer.status()).as("without Origin, the Referer tells").isEqualTo(403);
        assertThat(bomHash(draft)).isEqualTo(before);

        assertThat(api.putBytes(path, listing.maker(), BOM, "text/plain", Map.of("Origin", api.baseUrl())).status())
                .as("from the store's own pages").isEqualTo(200);
        assertThat(bomHash(draft)).isNotEqualTo(before);
        assertThat(api.putBytes(path, listing.maker(), BOM, "text/csv", Map.of()).status()).as("a client naming no origin")
                .isEqualTo(200);
    }

    @Test
    void aMultipartUploadFromAnotherSiteIsRefusedButOneFromTheStoreOrNoOriginIsTaken() {
        Fixtures.Listing listing = fixtures.submittedListing();
        Revision draft = fixtures.draftRevision(listing.maker(), listing.board(), "2.0");
        String path = "/api/v1/revisions/" + draft.id() + "/dossier/evidence";

        Api.Answer refused = api.upload(listing.maker(), path, "file", "doc.pdf", DossierFixtures.pdf("foreign"),
                "application/octet-stream", FOREIGN);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("type").asString()).isEqualTo("/problems/cross-origin-refused");

        assertThat(api.upload(listing.maker(), path, "file", "doc.pdf", DossierFixtures.pdf("own"), "application/octet-stream",
                Map.of("Origin", api.baseUrl())).status()).as("from the store's own pages").isEqualTo(201);
        assertThat(api.upload(listing.maker(), path, "file", "doc.pdf", DossierFixtures.pdf("curl"), "application/octet-stream")
                .status()).as("a client naming no origin").isEqualTo(201);
    }

    @Test
    void aFormOrABodilessPostFromAnotherSiteIsRefusedEvenWithoutCredentials() {
        Api.Answer form = api.postForm("/api/v1/orders", Map.of("quantity", "1"), FOREIGN);
        assertThat(form.status()).isEqualTo(403);
        assertThat(form.json().get("type").asString()).isEqualTo("/problems/cross-origin-refused");
        assertThat(api.call("DELETE", "/api/v1/teams/x/members/y", null, Map.of("Origin", "null")).status())
                .as("an opaque origin (a sandboxed frame)").isEqualTo(403);
        assertThat(api.call("POST", "/api/v1/teams", null, Map.of("Origin", "https://evil.example", "Content-Type", "application/"))
                .status()).as("a content type that does not parse").isEqualTo(403);
        assertThat(api.call("POST", "/api/v1/teams", null, Map.of("Content-Type", "application/")).status())
                .as("the same, naming no origin: left to the sign-in").isEqualTo(401);
        assertThat(api.post("/api/v1/orders", null, "{}", FOREIGN).status())
                .as("JSON needs a preflight, which the API does not grant: left to the sign-in").isEqualTo(401);
    }

    private String bomHash(Revision revision) {
        return jdbc.queryForObject("SELECT bom_hash FROM revisions WHERE id = ?", String.class, revision.id().toString());
    }
}
