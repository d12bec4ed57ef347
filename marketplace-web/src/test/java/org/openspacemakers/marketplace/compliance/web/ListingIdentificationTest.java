package org.openspacemakers.marketplace.compliance.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.openspacemakers.marketplace.account.Role;
import org.openspacemakers.marketplace.fixtures.Credentials;
import org.openspacemakers.marketplace.fixtures.Fixtures;
import org.openspacemakers.marketplace.support.Api;
import org.openspacemakers.marketplace.support.MarketplaceTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * GPSR art. 19: an online listing identifies the product with a picture, and names the trader's
 * postal and electronic addresses (and, under consumer law, its telephone number) before purchase.
 */
@MarketplaceTest
class ListingIdentificationTest {

    private static final String APPROVE_FR = """
            {"countries":["FR"],"buyerTypes":["CONSUMER","PROFESSIONAL"],"reason":"dossier complete"}""";

    @Autowired
    Api api;
    @Autowired
    Fixtures fixtures;

    @Test
    void aListingWithoutAPictureIsNotApprovedUntilItHasOne() throws IOException {
        Fixtures.Listing listing = fixtures.submittedListingWithoutPicture();
        Credentials reviewer = fixtures.user(Role.REVIEWER);
        String review = "/api/v1/revisions/" + listing.revision().id() + "/review";
        api.post(review + "/start", reviewer, null);

        Api.Answer refused = api.post(review + "/approve", reviewer, APPROVE_FR);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.codes("reasons")).containsExactly("GPSR_INFO_INCOMPLETE");
        assertThat(refused.json().get("reasons").get(0).get("subject").asString()).isEqualTo("product picture");
        assertThat(api.get("/api/v1/boards/" + listing.board().slug()).json().get("revisions").get(0).get("reviewStatus")
                .asString()).isEqualTo("IN_REVIEW");

        assertThat(api.postBytes("/api/v1/boards/" + listing.board().slug() + "/photos", listing.maker(), png(), "image/png")
                .status()).isEqualTo(201);
        assertThat(api.post(review + "/approve", reviewer, APPROVE_FR).status()).isEqualTo(200);
    }

    @Test
    void theProductPageGivesTheSellersTelephoneBesideItsAddresses() {
        Fixtures.Listing listing = fixtures.approvedListing("FR");

        String page = api.get("/boards/" + listing.board().slug() + "?lang=en").body();

        assertThat(page).contains("12 rue des Ateliers").contains("mailto:contact@openspacemakers.example")
                .contains("id=\"seller-telephone\" href=\"tel:+33500000000\"");
    }

    private static byte[] png() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }
}
