package org.openspacemakers.marketplace.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openspacemakers.marketplace.account.Role;
import org.openspacemakers.marketplace.fixtures.Fixtures;
import org.openspacemakers.marketplace.support.Api;
import org.openspacemakers.marketplace.support.MarketplaceTest;
import org.openspacemakers.marketplace.support.OrderBodies;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A team's stock of assembled full kits over HTTP: put on the shelf from the listing page and the
 * API, shown on the product page and in the boards API on the very next request, emptied by
 * orders, and an order for a board no longer on the shelf refused with its reason in words.
 */
@MarketplaceTest
class StockPagesTest {

    @Autowired
    Api api;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void boardsPutOnTheShelfShowOnTheProductPageAndOrdersEmptyIt() {
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        Api.Session session = api.signIn(listing.maker());
        String page = "/boards/" + listing.board().slug() + "?country=FR&lang=en";
        assertThat(fullKit(listing).has("stock")).as("made to order").isFalse();

        Api.Answer saved = api.submit(session, "/offers/" + listing.fullKit().id() + "/stock?lang=en", Map.of("boards", "2"));
        assertThat(saved.status()).isEqualTo(302);
        assertThat(api.get(saved.header("Location").replace(api.baseUrl(), ""), session.headers()).body())
                .contains("Stock changed.").contains("Sold from stock: 2 on the shelf");
        assertThat(fullKit(listing).get("stock").asInt()).isEqualTo(2);
        assertThat(fullKit(listing).get("leadTimeDays").asInt()).as("on the shelf: two days").isEqualTo(2);
        assertThat(api.get(page).body()).contains("2 assembled boards in stock");

        assertThat(api.placeOrder(fixtures.user(Role.BUYER), UUID.randomUUID().toString(),
                OrderBodies.orderBody(listing.fullKit().id(), 2, "FR")).status()).isEqualTo(201);
        assertThat(fullKit(listing).get("stock").asInt()).isZero();
        assertThat(api.get(page).body()).contains("Out of stock").doesNotContain("2 assembled boards in stock");

        Api.Answer refused = api.placeOrder(fixtures.user(Role.BUYER), UUID.randomUUID().toString(),
                OrderBodies.orderBody(listing.fullKit().id(), 1, "FR"));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.codes("reasons")).containsExactly("CAPACITY_EXHAUSTED");
        assertThat(refused.body()).contains("No assembled " + listing.board().name() + " is left in stock.");
    }

    @Test
    void theApiChangesTheShelfOfItsTeamsFullKitsOnlyAndRefusesWhatItCannotDoNamingBoards() {
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        String stock = "/api/v1/offers/" + listing.fullKit().id() + "/stock";

        Api.Answer put = api.post(stock, listing.maker(), "{\"boards\": 3}");
        assertThat(put.status()).isEqualTo(200);
        assertThat(put.json().get("stock").asInt()).isEqualTo(3);
        assertThat(api.post(stock, listing.maker(), "{\"boards\": -1}").json().get("stock").asInt()).isEqualTo(2);

        assertThat(api.post(stock, listing.maker(), "{\"boards\": -3}").codes("errors")).containsExactly("boards");
        assertThat(api.post(stock, listing.maker(), "{}").codes("errors")).containsExactly("boards");
        assertThat(api.post(stock, listing.maker(), "{\"boards\": \"many\"}").status()).isEqualTo(400);
        assertThat(api.call("DELETE", stock, listing.maker(), Map.of()).codes("errors")).as("boards still on the shelf")
                .containsExactly("boards");
        assertThat(api.post(stock, fixtures.user(Role.MAKER), "{\"boards\": 5}").status()).as("another team's offer")
                .isEqualTo(404);
        assertThat(shelf(listing.fullKit().id())).as("nothing refused changed the shelf").isEqualTo(2);

        api.post(stock, listing.maker(), "{\"boards\": -2}");
        Api.Answer madeToOrder = api.call("DELETE", stock, listing.maker(), Map.of());
        assertThat(madeToOrder.status()).isEqualTo(200);
        assertThat(madeToOrder.json().has("stock")).isFalse();
        assertThat(shelf(listing.fullKit().id())).isNull();

        Fixtures.AssemblyOnlyListing assemblyOnly = fixtures.approvedAssemblyOnlyListing("FR");
        assertThat(api.post("/api/v1/offers/" + assemblyOnly.assemblyOnly().id() + "/stock", assemblyOnly.listing().maker(),
                "{\"boards\": 1}").codes("errors")).containsExactly("boards");
    }

    @Test
    void theListingPageRefusesANumberItCannotReadNamingTheFieldAndChangesNothing() {
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        Api.Session session = api.signIn(listing.maker());

        Api.Answer refused = api.submit(session, "/offers/" + listing.fullKit().id() + "/stock?lang=en", Map.of("boards", "ten"));

        assertThat(api.get(refused.header("Location").replace(api.baseUrl(), ""), session.headers()).body())
                .contains("id=\"problems\"").contains("boards").contains("put on or take off 1 to 10000 boards");
        assertThat(shelf(listing.fullKit().id())).isNull();
    }

    private Integer shelf(UUID offerId) {
        return jdbc.queryForObject("SELECT stock FROM offers WHERE id = ?", Integer.class, offerId.toString());
    }

    private JsonNode fullKit(Fixtures.Listing listing) {
        JsonNode board = api.get("/api/v1/boards/" + listing.board().slug() + "?country=FR").json();
        for (JsonNode offer : board.get("revisions").get(0).get("offers")) {
            if (offer.get("kind").asString().equals("FULL_KIT")) {
                return offer;
            }
        }
        throw new AssertionError("no full kit offer in " + board);
    }
}
