package org.openspacemakers.marketplace.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.openspacemakers.marketplace.fixtures.Fixtures;
import org.openspacemakers.marketplace.account.Role;
import org.openspacemakers.marketplace.support.Api;
import org.openspacemakers.marketplace.support.MarketplaceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A board's photos as buyers see them (the storefront card's first photo, the product page's
 * gallery) and as its team keeps them (delete, move up and down from the listing page, delete
 * through the API), over real HTTP.
 */
@MarketplaceTest
class BoardPhotosTest {

    @Autowired
    Api api;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theTeamReordersAndDeletesPhotosAndBuyersSeeTheNewOrder() throws IOException {
        Fixtures.Listing listing = fixtures.submittedListing();
        String slug = listing.board().slug();
        addPhoto(listing, png(600, 400, Color.RED));
        addPhoto(listing, png(300, 900, Color.BLUE));
        List<String> keys = thumbnails(listing);
        assertThat(keys).hasSize(3);
        List<String> larges = jdbc.queryForList("SELECT large_key FROM board_photos WHERE board_id = ? ORDER BY position",
                String.class, listing.board().id().toString());
        Api.Session maker = api.signIn(listing.maker());

        Api.Answer moved = api.submit(maker, "/listings/" + slug + "/photos/" + keys.get(2) + "/move?lang=en", Map.of("direction", "up"));
        assertThat(moved.status()).isEqualTo(302);
        api.submit(maker, "/listings/" + slug + "/photos/" + keys.get(2) + "/move?lang=en", Map.of("direction", "up"));
        assertThat(thumbnails(listing)).containsExactly(keys.get(2), keys.get(0), keys.get(1));
        String editor = api.get("/listings/" + slug + "?lang=en", maker.headers()).body();
        assertThat(editor).contains("Photo moved.").contains("Move up photo 2").contains("Delete photo 3")
                .contains("Shown on the storefront");

        String page = api.get("/boards/" + slug + "?lang=en").body();
        assertThat(page.indexOf(keys.get(2))).isPositive().isLessThan(page.indexOf(keys.get(0)));
        assertThat(page).contains("alt=\"" + listing.board().name() + ", photo 1 of 3\"")
                .contains("srcset=\"/photos/" + keys.get(2) + " 160w, /photos/" + larges.get(2) + " 300w\"")
                .containsPattern("width=\"300\"\\s+height=\"900\"")
                .contains("srcset=\"/photos/" + keys.get(1) + " 480w, /photos/" + larges.get(1) + " 600w\"");
        assertThat(api.get("/photos/" + larges.get(2)).header("Content-Type")).isEqualTo("image/jpeg");
        String card = card(listing);
        assertThat(card).contains("/photos/" + keys.get(2)).contains("alt=\"" + listing.board().name() + ", first photo\"");

        Api.Answer deleted = api.submit(maker, "/listings/" + slug + "/photos/" + keys.get(2) + "/delete?lang=fr", Map.of());
        assertThat(deleted.status()).isEqualTo(302);
        assertThat(api.get("/listings/" + slug + "?lang=fr", maker.headers()).body()).contains("Photo supprimée.");
        assertThat(thumbnails(listing)).containsExactly(keys.get(0), keys.get(1));
        assertThat(api.get("/boards/" + slug + "?lang=en").body()).doesNotContain(keys.get(2))
                .contains(", photo 2 of 2\"");
        assertThat(card(listing)).contains("/photos/" + keys.get(0)).doesNotContain(keys.get(2));
        assertThat(api.get("/photos/" + keys.get(2)).status()).isEqualTo(404);
        assertThat(api.get("/photos/" + larges.get(2)).status()).isEqualTo(404);
    }

    @Test
    void theLastPhotoOfABoardHandedInStaysWithAClearReason() {
        Fixtures.Listing listing = fixtures.submittedListing();
        String slug = listing.board().slug();
        String only = thumbnails(listing).get(0);
        Api.Session maker = api.signIn(listing.maker());

        api.submit(maker, "/listings/" + slug + "/photos/" + only + "/delete?lang=en", Map.of());
        assertThat(api.get("/listings/" + slug + "?lang=en", maker.headers()).body())
                .contains("only photo").contains("GPSR art. 19");
        Api.Answer refused = api.call("DELETE", "/api/v1/boards/" + slug + "/photos/" + only, listing.maker(), Map.of());
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("GPSR art. 19");
        assertThat(thumbnails(listing)).containsExactly(only);
        assertThat(card(listing)).contains("/photos/" + only);
    }

    @Test
    void aDraftBoardMayLoseItsLastPhotoThroughTheApi() {
        Fixtures.Listing listing = fixtures.draftListing();
        String only = thumbnails(listing).get(0);

        Api.Answer deleted = api.call("DELETE", "/api/v1/boards/" + listing.board().slug() + "/photos/" + only, listing.maker(), Map.of());

        assertThat(deleted.status()).isEqualTo(204);
        assertThat(thumbnails(listing)).isEmpty();
        assertThat(jdbc.queryForObject("SELECT cover_thumbnail_key FROM boards WHERE id = ?", String.class,
                listing.board().id().toString())).isNull();
    }

    @Test
    void onlyTheBoardsTeamChangesItsPhotos() throws IOException {
        Fixtures.Listing listing = fixtures.submittedListing();
        String slug = listing.board().slug();
        addPhoto(listing, png(500, 500, Color.GREEN));
        List<String> keys = thumbnails(listing);
        Api.Session stranger = api.signIn(fixtures.user(Role.MAKER));

        api.submit(stranger, "/listings/" + slug + "/photos/" + keys.get(1) + "/move", Map.of("direction", "up"));
        api.submit(stranger, "/listings/" + slug + "/photos/" + keys.get(0) + "/delete", Map.of());
        Api.Answer refused = api.call("DELETE", "/api/v1/boards/" + slug + "/photos/" + keys.get(0), fixtures.user(Role.MAKER), Map.of());

        assertThat(refused.status()).isIn(403, 404);
        assertThat(thumbnails(listing)).isEqualTo(keys);
        Api.Session maker = api.signIn(listing.maker());
        Api.Answer withoutToken = api.postForm("/listings/" + slug + "/photos/" + keys.get(0) + "/delete", Map.of(), maker.headers());
        assertThat(withoutToken.status()).isEqualTo(403);
        assertThat(thumbnails(listing)).isEqualTo(keys);
    }

    @Test
    void aPhotosCreditIsStoredShownUnderItOnTheProductPageAndEditable() throws IOException {
        Fixtures.Listing listing = fixtures.submittedListing();
        String slug = listing.board().slug();
        Api.Answer added = api.postBytes("/api/v1/boards/" + slug + "/photos?credit="
                + java.net.URLEncoder.encode("  Photo: Greg Davill, CERN-OHL-1.2 ", java.nio.charset.StandardCharsets.UTF_8),
                listing.maker(), png(400, 300, Color.ORANGE), "image/png");
        assertThat(added.status()).isEqualTo(201);
        assertThat(added.json().get("credit").asString()).isEqualTo("Photo: Greg Davill, CERN-OHL-1.2");
        Api.Session maker = api.signIn(listing.maker());
        Api.Answer uploaded = api.upload(maker, "/listings/" + slug + "/photos?lang=en",
                Map.of("credit", "Photo: Alexander Neumann, CC BY 3.0"), "file", "board.png", png(300, 300, Color.CYAN), "image/png");
        assertThat(uploaded.status()).isEqualTo(302);
        assertThat(api.get("/listings/" + slug + "?lang=en", maker.headers()).body()).contains("Photo added.");
        assertThat(credits(listing)).containsExactly(null, "Photo: Greg Davill, CERN-OHL-1.2", "Photo: Alexander Neumann, CC BY 3.0");

        String page = api.get("/boards/" + slug + "?lang=en").body();
        assertThat(page).contains("<figcaption class=\"photo-credit\">Photo: Greg Davill, CERN-OHL-1.2</figcaption>")
                .contains("title=\"Photo: Alexander Neumann, CC BY 3.0\"");
        assertThat(page.split("<figcaption", -1)).as("no caption under the photo without a credit").hasSize(3);

        String key = thumbnails(listing).get(1);
        api.submit(maker, "/listings/" + slug + "/photos/" + key + "/credit?lang=en", Map.of("credit", "Photo: Greg Davill, CC BY 4.0"));
        assertThat(api.get("/listings/" + slug + "?lang=en", maker.headers()).body()).contains("Photo credit saved.")
                .contains("value=\"Photo: Greg Davill, CC BY 4.0\"");
        assertThat(api.get("/boards/" + slug + "?lang=en").body()).contains(">Photo: Greg Davill, CC BY 4.0</figcaption>")
                .doesNotContain("CERN-OHL-1.2</figcaption>");
        api.submit(maker, "/listings/" + slug + "/photos/" + key + "/credit?lang=en", Map.of("credit", " "));
        assertThat(credits(listing).get(1)).as("a blank credit takes it off").isNull();
    }

    @Test
    void aCreditTooLongIsRefusedNamingTheFieldAndNothingIsStored() throws IOException {
        Fixtures.Listing listing = fixtures.submittedListing();
        String slug = listing.board().slug();
        String tooLong = "Photo: " + "x".repeat(194);
        List<String> before = thumbnails(listing);

        Api.Answer refused = api.postBytes("/api/v1/boards/" + slug + "/photos?credit="
                + java.net.URLEncoder.encode(tooLong, java.nio.charset.StandardCharsets.UTF_8), listing.maker(),
                png(200, 200, Color.PINK), "image/png");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.codes("errors")).containsExactly("credit");
        assertThat(refused.body()).contains("at most 200 characters");
        Api.Answer both = api.postBytes("/api/v1/boards/" + slug + "/photos?credit="
                + java.net.URLEncoder.encode(tooLong, java.nio.charset.StandardCharsets.UTF_8), listing.maker(),
                "not a picture".getBytes(java.nio.charset.StandardCharsets.UTF_8), "image/png");
        assertThat(both.status()).isEqualTo(400);
        assertThat(both.codes("errors")).as("every reason").containsExactly("credit", "file");
        Api.Session maker = api.signIn(listing.maker());
        api.upload(maker, "/listings/" + slug + "/photos?lang=fr", Map.of("credit", tooLong), "file", "board.png",
                png(200, 200, Color.PINK), "image/png");
        assertThat(api.get("/listings/" + slug + "?lang=fr", maker.headers()).body())
                .contains("credit: un crédit a 200 caractères au plus");
        assertThat(thumbnails(listing)).isEqualTo(before);

        api.submit(maker, "/listings/" + slug + "/photos/" + before.get(0) + "/credit?lang=en", Map.of("credit", tooLong));
        assertThat(api.get("/listings/" + slug + "?lang=en", maker.headers()).body())
                .contains("credit: a credit has at most 200 characters");
        api.submit(maker, "/listings/" + slug + "/photos/" + before.get(0) + "/credit?lang=en", Map.of("credit", "Photo:\nme"));
        assertThat(api.get("/listings/" + slug + "?lang=en", maker.headers()).body()).contains("credit: a credit is one line");
        assertThat(credits(listing)).containsOnlyNulls();
        assertThat(api.get("/boards/" + slug + "?lang=en").body()).doesNotContain("figcaption");
    }

    private List<String> credits(Fixtures.Listing listing) {
        return jdbc.queryForList("SELECT credit FROM board_photos WHERE board_id = ? ORDER BY position", String.class,
                listing.board().id().toString());
    }

    /** The storefront's card of the board, found by its name. */
    private String card(Fixtures.Listing listing) {
        String name = listing.board().name();
        String page = api.get("/?lang=en&q=" + name.substring(name.indexOf(' ') + 1)).body();
        int link = page.indexOf("id=\"board-" + listing.board().slug() + "\"");
        assertThat(link).as("the board's card").isPositive();
        int start = page.lastIndexOf("<li", link);
        return page.substring(start, page.indexOf("</li>", link));
    }

    private void addPhoto(Fixtures.Listing listing, byte[] png) {
        Api.Answer added = api.postBytes("/api/v1/boards/" + listing.board().slug() + "/photos", listing.maker(), png, "image/png");
        assertThat(added.status()).isEqualTo(201);
    }

    private List<String> thumbnails(Fixtures.Listing listing) {
        return jdbc.queryForList("SELECT thumbnail_key FROM board_photos WHERE board_id = ? ORDER BY position", String.class,
                listing.board().id().toString());
    }

    private static byte[] png(int width, int height, Color colour) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(colour);
        graphics.fillRect(0, 0, width, height);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
