package org.openspacemakers.marketplace.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.openspacemakers.marketplace.catalog.Revision;
import org.openspacemakers.marketplace.support.Api;
import org.openspacemakers.marketplace.fixtures.Fixtures;
import org.openspacemakers.marketplace.support.MarketplaceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** BOM files and photos a team uploads: bad ones are refused with a precise reason and nothing is stored. */
@MarketplaceTest
class ListingFilesTest {

    @Autowired
    Api api;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    static Stream<Arguments> badBoms() {
        byte[] junk = new byte[4096];
        new Random(42).nextBytes(junk);
        byte[] tenMegabytes = ("Reference,Value,Quantity\n" + "R1,10k,1\n".repeat(1_200_000)).getBytes(StandardCharsets.UTF_8);
        return Stream.of(
                Arguments.of("wrong columns", "Colour,Taste,Mood\nred,sweet,happy\n".getBytes(StandardCharsets.UTF_8), "line 1"),
                Arguments.of("duplicate references",
                        "Reference,Value,Quantity\nR1,10k,1\nC1,100n,1\nR1,1k,1\n".getBytes(StandardCharsets.UTF_8), "line 4"),
                Arguments.of("negative quantity",
                        "Reference,Value,Quantity\nR1,10k,1\nR2,1k,-2\n".getBytes(StandardCharsets.UTF_8), "line 3"),
                Arguments.of("ten megabytes", tenMegabytes, "2 MiB"),
                Arguments.of("binary junk", junk, ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badBoms")
    void aBadBomIsRefusedWithItsLinesAndNothingIsStored(String fault, byte[] file, String mentioned) {
        Fixtures.Listing listing = fixtures.submittedListing();
        Revision draft = fixtures.draftRevision(listing.maker(), listing.board(), "2.0");
        String hashBefore = bomHash(draft);
        int linesBefore = bomLines(draft);

        Api.Answer refused = api.putBytes("/api/v1/revisions/" + draft.id() + "/bom", listing.maker(), file, "text/csv", Map.of());

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.codes("errors")).isNotEmpty().containsOnly("bom");
        assertThat(refused.body()).contains(mentioned);
        assertThat(bomHash(draft)).isEqualTo(hashBefore);
        assertThat(bomLines(draft)).isEqualTo(linesBefore);
    }

    @Test
    void aPhotoIsStoredWithAThumbnailAndAnythingElseIsRefused() throws IOException {
        Fixtures.Listing listing = fixtures.submittedListing();
        String path = "/api/v1/boards/" + listing.board().slug() + "/photos";

        Api.Answer added = api.postBytes(path, listing.maker(), png(1200, 800), "image/png");
        assertThat(added.status()).isEqualTo(201);
        assertThat(added.json().get("width").asInt()).isEqualTo(1200);
        Api.Answer image = api.get(added.json().get("url").asString());
        assertThat(image.status()).isEqualTo(200);
        assertThat(image.header("Content-Type")).isEqualTo("image/jpeg");
        assertThat(image.header("Set-Cookie")).isNull();

        int before = photos(listing);
        Api.Answer text = api.postBytes(path, listing.maker(), "not an image at all".getBytes(StandardCharsets.UTF_8), "image/png");
        assertThat(text.status()).isEqualTo(400);
        assertThat(text.codes("errors")).containsExactly("file");
        assertThat(text.json().get("errors").get(0).get("message").asString()).contains("not a JPEG or PNG");
        Api.Answer huge = api.postBytes(path, listing.maker(), new byte[6 * 1024 * 1024], "image/jpeg");
        assertThat(huge.status()).isEqualTo(400);
        assertThat(photos(listing)).isEqualTo(before);
        assertThat(api.get("/photos/" + "0".repeat(64)).status()).isEqualTo(404);
    }

    @Test
    void theProductPageShowsTheDescriptionSafelyWithTheBomAndTheBreakdown() {
        Fixtures.Listing listing = fixtures.submittedListing();
        api.put("/api/v1/boards/" + listing.board().slug(), listing.maker(), """
                {"name":"%s","summary":"Safe?","description":"Hello <script>alert(1)</script> [x](javascript:alert(2)) **bold**",
                 "licence":"CERN-OHL-S-2.0","sourceUrl":"https://github.com/example/board","tags":["test"]}"""
                .formatted(listing.board().name()));
        String page = api.get("/boards/" + listing.board().slug() + "?lang=en").body();
        assertThat(page).contains("<strong>bold</strong>").doesNotContain("<script>alert").doesNotContain("javascript:");
        assertThat(page).contains("MAX31856MUD+T").contains("RC0603FR-0710KL");
        assertThat(page).contains("Parts: 10.00 EUR").contains("The project team: 2.50 EUR");
    }

    private byte[] png(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private int photos(Fixtures.Listing listing) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM board_photos WHERE board_id = ?", Integer.class,
                listing.board().id().toString());
    }

    private String bomHash(Revision revision) {
        return jdbc.queryForObject("SELECT bom_hash FROM revisions WHERE id = ?", String.class, revision.id().toString());
    }

    private int bomLines(Revision revision) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM bom_lines WHERE revision_id = ?", Integer.class,
                revision.id().toString());
    }
}
