package org.openspacemakers.marketplace.order.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openspacemakers.marketplace.support.OrderBodies.orderBody;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openspacemakers.marketplace.account.Role;
import org.openspacemakers.marketplace.compliance.DossierContent;
import org.openspacemakers.marketplace.fixtures.Credentials;
import org.openspacemakers.marketplace.fixtures.Fixtures;
import org.openspacemakers.marketplace.support.Api;
import org.openspacemakers.marketplace.support.MarketplaceTest;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A class A board and an R&D board sold to professionals only can be ordered by those they are
 * meant for: the product page, the API and the orderable filter say so on their conditions, and
 * the order keeps what the buyer acknowledged.
 */
@MarketplaceTest
class BuyerConditionsTest {

    @Autowired
    Api api;
    @Autowired
    Fixtures fixtures;

    @Test
    void aClassABoardIsOrderableOnTheAcknowledgementWhichTheOrderKeepsWithItsTextsVersion() {
        Fixtures.Listing listing = fixtures.approvedListing(
                Fixtures.completeDossier().withClass(DossierContent.EmcClass.A), "FR");
        String slug = listing.board().slug();

        String page = api.get("/boards/" + slug + "?lang=en&country=FR").body();
        assertThat(page).contains("Can be ordered to France").contains("data-condition=\"class-a\"")
                .contains("/orders/new?offer=" + listing.fullKit().id()).doesNotContain("data-condition=\"professional\"");
        JsonNode offer = firstOffer(api.get("/api/v1/boards/" + slug + "?country=FR"));
        assertThat(offer.get("eligible").asBoolean()).isTrue();
        assertThat(offer.get("acknowledgementsRequired").get(0).asString()).isEqualTo("EMC_CLASS_A");
        assertThat(slugs(api.get("/api/v1/boards?orderableTo=FR&size=100"))).contains(slug);

        Credentials buyer = fixtures.user(Role.BUYER);
        String acknowledged = orderBody(listing.fullKit().id(), 1, "FR")
                .replace("\"buyerType\"", "\"acknowledgements\":[\"EMC_CLASS_A\"],\"buyerType\"");
        Api.Answer placed = api.placeOrder(buyer, UUID.randomUUID().toString(), acknowledged);
        assertThat(placed.status()).isEqualTo(201);

        JsonNode stored = api.get("/api/v1/orders/" + placed.json().get("id").asString(), buyer).json();
        assertThat(stored.get("acknowledgements").get(0).get("code").asString()).isEqualTo("EMC_CLASS_A");
        assertThat(stored.get("acknowledgements").get(0).get("textVersion").asString()).isEqualTo("2026-12-02");
        assertThat(api.get("/orders/" + placed.json().get("id").asString() + "?lang=fr", api.signIn(buyer).headers()).body())
                .contains("data-code=\"EMC_CLASS_A\"").contains("Ce produit est de classe A (EN 55032)");
    }

    @Test
    void anAcknowledgementTheStoreNeverAsksForIsABadRequest() {
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        String body = orderBody(listing.fullKit().id(), 1, "FR")
                .replace("\"buyerType\"", "\"acknowledgements\":[\"I_AGREE_TO_ANYTHING\"],\"buyerType\"");

        Api.Answer refused = api.placeOrder(fixtures.user(Role.BUYER), UUID.randomUUID().toString(), body);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("acknowledgements");
    }

    @Test
    void aProfessionalOnlyBoardIsOrderableByProfessionalsWithoutACeStatementAndSaysSoToEveryVisitor() {
        Fixtures.Listing listing = fixtures.approvedListing(
                Fixtures.completeDossier().withUse(DossierContent.IntendedUse.PROFESSIONAL_RND_ONLY), "FR");
        String slug = listing.board().slug();

        String page = api.get("/boards/" + slug + "?lang=en&country=FR").body();
        assertThat(page).contains("Can be ordered to France").contains("data-condition=\"professional\"")
                .contains("buyerType=PROFESSIONAL");
        assertThat(page).as("an R&D kit carries no CE statement").doesNotContain("id=\"ce-statement\"")
                .doesNotContain("id=\"declaration-of-conformity\"").contains("id=\"not-ce-marked\"");
        assertThat(api.get("/boards/" + slug + "?lang=fr&country=FR").body()).contains("Sans marquage CE");
        JsonNode asConsumer = firstOffer(api.get("/api/v1/boards/" + slug + "?country=FR"));
        assertThat(asConsumer.get("eligible").asBoolean()).isFalse();
        assertThat(asConsumer.get("professionalOnly").asBoolean()).isTrue();
        assertThat(firstOffer(api.get("/api/v1/boards/" + slug + "?country=FR&buyerType=PROFESSIONAL"))
                .get("eligible").asBoolean()).isTrue();
        assertThat(slugs(api.get("/api/v1/boards?orderableTo=FR&buyerType=PROFESSIONAL&size=100"))).contains(slug);
        assertThat(slugs(api.get("/api/v1/boards?orderableTo=FR&size=100"))).doesNotContain(slug);

        Credentials buyer = fixtures.user(Role.BUYER);
        assertThat(api.get("/orders/new?lang=en&country=FR&buyerType=PROFESSIONAL&offer=" + listing.fullKit().id(),
                api.signIn(buyer).headers()).body()).containsPattern("value=\"PROFESSIONAL\"[^>]*checked");
    }

    private static JsonNode firstOffer(Api.Answer board) {
        assertThat(board.status()).isEqualTo(200);
        return board.json().get("revisions").get(0).get("offers").get(0);
    }

    private static java.util.List<String> slugs(Api.Answer list) {
        assertThat(list.status()).isEqualTo(200);
        java.util.List<String> slugs = new java.util.ArrayList<>();
        list.json().get("items").forEach(item -> slugs.add(item.get("slug").asString()));
        return slugs;
    }
}
