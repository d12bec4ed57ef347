package org.openspacemakers.marketplace.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openspacemakers.marketplace.account.Role;
import org.openspacemakers.marketplace.fixtures.Fixtures;
import org.openspacemakers.marketplace.support.Api;
import org.openspacemakers.marketplace.support.MarketplaceTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A team previews its board's product page as buyers will see it, drafts included, under a banner
 * and taking no order; nobody else sees the preview, and buyers' page never shows what a preview
 * showed (the preview is neither kept nor rendered for them).
 */
@MarketplaceTest
class ListingPreviewTest {

    @Autowired
    Api api;
    @Autowired
    Fixtures fixtures;

    @Test
    void theTeamPreviewsADraftBoardBuyersCannotSee() {
        Fixtures.Listing draft = fixtures.draftListing();
        String slug = draft.board().slug();
        Api.Session maker = api.signIn(draft.maker());

        Api.Answer preview = api.get("/listings/" + slug + "/preview?lang=en&country=FR", maker.headers());

        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.body()).contains("id=\"preview-banner\"").contains("Preview: buyers cannot see this page yet.")
                .contains(draft.board().name()).contains("25.00").contains("Where the money goes")
                .contains("Buyers cannot see this revision until it is handed in for review.")
                .doesNotContain("add-to-cart").doesNotContain("order-link");
        assertThat(api.get("/listings/" + slug + "?lang=en", maker.headers()).body())
                .contains("href=\"/listings/" + slug + "/preview?lang=en\"").contains("Preview as buyers see it");
        assertThat(api.get("/boards/" + slug + "?lang=en").status()).as("buyers still see nothing").isEqualTo(404);
        assertThat(api.get("/listings/" + slug + "/preview?lang=fr", maker.headers()).body())
                .contains("Aperçu : les acheteurs ne voient pas encore cette page.");
    }

    @Test
    void aListedBoardsPreviewShowsItsNextDraftButBuyersPageDoesNotAndNothingIsOrdered() {
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        fixtures.nextRevision(listing, "2.0");
        String slug = listing.board().slug();
        Api.Session maker = api.signIn(listing.maker());

        String preview = api.get("/listings/" + slug + "/preview?lang=en&country=FR", maker.headers()).body();
        String buyers = api.get("/boards/" + slug + "?lang=en&country=FR").body();
        String signedIn = api.get("/boards/" + slug + "?lang=en&country=FR", maker.headers()).body();

        assertThat(preview).contains("This is how buyers see this board; it is listed.").contains("id=\"revision-2.0\"")
                .contains("Can be ordered to France").doesNotContain("add-to-cart").doesNotContain("order-link")
                .contains("Nothing can be ordered from this preview.");
        assertThat(buyers).doesNotContain("preview-banner").doesNotContain("id=\"revision-2.0\"").contains("order-link");
        assertThat(signedIn).doesNotContain("preview-banner").doesNotContain("id=\"revision-2.0\"").contains("add-to-cart");
    }

    @Test
    void nobodyButTheTeamSeesThePreview() {
        Fixtures.Listing draft = fixtures.draftListing();
        String path = "/listings/" + draft.board().slug() + "/preview?lang=en";

        Api.Answer stranger = api.get(path, api.signIn(fixtures.user(Role.MAKER)).headers());
        Api.Answer buyer = api.get(path, api.signIn(fixtures.user(Role.BUYER)).headers());
        Api.Answer anonymous = api.get(path);

        assertThat(stranger.status()).as("another team's maker").isEqualTo(404);
        assertThat(stranger.body()).doesNotContain(draft.board().name());
        assertThat(buyer.status()).as("not a maker: like every team page").isEqualTo(403);
        assertThat(anonymous.status()).isEqualTo(302);
        assertThat(anonymous.header("Location")).endsWith("/login?lang=en");
        assertThat(api.get("/listings/no-such-board/preview", api.signIn(draft.maker()).headers()).status()).isEqualTo(404);
    }
}
