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
