package org.openspacemakers.marketplace.cart.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openspacemakers.marketplace.account.Role;
import org.openspacemakers.marketplace.fixtures.Credentials;
import org.openspacemakers.marketplace.fixtures.Fixtures;
import org.openspacemakers.marketplace.support.Api;
import org.openspacemakers.marketplace.support.MarketplaceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The cart over HTTP: a visitor who adds to the cart from a product page signs in first and comes
 * back to confirm; the cart is kept in the database across sign-ins; quantities change and lines
 * go; a bad input names its field and stores nothing. The anonymous product page stays without a
 * session or a CSRF token.
 */
@MarketplaceTest
class CartPagesTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Autowired
    Api api;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aVisitorAddingToTheCartSignsInFirstAndComesBackToConfirm() {
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        Credentials buyer = fixtures.user(Role.BUYER);
        String offer = listing.fullKit().id().toString();

        Api.Answer product = api.get("/boards/" + listing.board().slug() + "?lang=en&country=FR");
        assertThat(product.header("Set-Cookie")).as("the anonymous product page makes no session").isNull();
        assertThat(product.body()).contains("class=\"add-to-cart\" method=\"get\" action=\"/cart\"")
                .contains("name=\"add\" value=\"" + offer + "\"").doesNotContain("_csrf");

        Api.Answer guarded = api.get("/cart?lang=en&add=" + offer + "&quantity=2");
        assertThat(guarded.status()).isEqualTo(302);
        assertThat(guarded.header("Location")).as("in the language asked").endsWith("/login?lang=en");
        String visitor = cookie(guarded);
        Api.Answer loginPage = api.get("/login", Map.of("Cookie", visitor));
        Api.Answer signedIn = api.postForm("/login", Map.of("email", buyer.email(), "password", buyer.password(),
                "_csrf", csrf(loginPage)), Map.of("Cookie", visitor));
        assertThat(signedIn.status()).isEqualTo(302);
        assertThat(signedIn.header("Location")).as("back where the visitor was going")
                .contains("/cart?lang=en&add=" + offer + "&quantity=2");
        Map<String, String> session = Map.of("Cookie", cookie(signedIn));

        Api.Answer confirm = api.get(signedIn.header("Location").replaceAll("^https?://[^/]+", ""), session);
        assertThat(confirm.status()).isEqualTo(200);
        assertThat(confirm.body()).contains("id=\"add-to-cart\"").contains(listing.board().name())
                .containsPattern("id=\"add-quantity\"[^>]*value=\"2\"");
        assertThat(cartRows(buyer)).as("nothing added before the buyer confirms").isZero();

        Api.Answer added = api.postForm("/cart?lang=en", Map.of("offer", offer, "quantity", "2", "_csrf", csrf(confirm)), session);
        assertThat(added.status()).isEqualTo(302);
        assertThat(api.get("/cart?lang=en", session).body()).contains("Added to your cart.")
                .containsPattern("id=\"quantity-" + offer + "\"[^>]*value=\"2\"").contains("id=\"cart-subtotal\">50.00 EUR<");
    }

    @Test
    void theCartIsKeptAcrossSigningOutAndInAgain() {
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        Credentials buyer = fixtures.user(Role.BUYER);
        Api.Session first = api.signIn(buyer);
        String product = api.get("/boards/" + listing.board().slug() + "?lang=en&country=FR", first.headers()).body();
        assertThat(product).as("signed in, the product page posts to the cart with its token")
                .contains("class=\"add-to-cart\" method=\"post\" action=\"/cart?lang=en\"").contains("name=\"_csrf\"");

        assertThat(api.submit(first, "/cart?lang=en", Map.of("offer", listing.fullKit().id().toString(), "quantity", "3"))
                .status()).isEqualTo(302);
        assertThat(api.submit(first, "/logout", Map.of()).status()).isEqualTo(302);
        assertThat(api.get("/cart", first.headers()).status()).as("signed out").isEqualTo(302);

        Api.Session again = api.signIn(buyer);
        assertThat(api.get("/cart?lang=en", again.headers()).body())
                .containsPattern("id=\"quantity-" + listing.fullKit().id() + "\"[^>]*value=\"3\"");
        assertThat(api.get("/cart?lang=en", api.signIn(fixtures.user(Role.BUYER)).headers()).body())
                .as("another buyer's cart").contains("id=\"cart-empty\"");
    }

    @Test
    void quantitiesChangeAndLinesGo() {
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        Credentials buyer = fixtures.user(Role.BUYER);
        Api.Session session = api.signIn(buyer);
        String offer = listing.fullKit().id().toString();
        api.submit(session, "/cart", Map.of("offer", offer, "quantity", "1"));
        api.submit(session, "/cart", Map.of("offer", offer, "quantity", "2"));

        assertThat(quantity(buyer, offer)).as("additions add up").isEqualTo(3);
        assertThat(api.submit(session, "/cart/" + offer + "?lang=fr", Map.of("quantity", "7")).status()).isEqualTo(302);
        assertThat(quantity(buyer, offer)).isEqualTo(7);
        assertThat(api.get("/cart?lang=fr", session.headers()).body()).contains("La quantité est modifiée.")
                .contains("175.00 EUR");
        assertThat(api.submit(session, "/cart/" + offer + "/remove", Map.of()).status()).isEqualTo(302);
        assertThat(cartRows(buyer)).isZero();
        assertThat(api.submit(session, "/cart/" + offer, Map.of("quantity", "7")).status()).as("a line no longer there")
                .isEqualTo(404);
    }

    @Test
    void aBadInputNamesItsFieldAndStoresNothing() {
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        Credentials buyer = fixtures.user(Role.BUYER);
        Api.Session session = api.signIn(buyer);
        String offer = listing.fullKit().id().toString();
        api.submit(session, "/cart", Map.of("offer", offer, "quantity", "1"));

        Map<Map<String, String>, String> faults = Map.of(
                Map.of("offer", offer, "quantity", "0"), "quantity: is at least 1",
                Map.of("offer", offer, "quantity", "101"), "quantity: is at most 100",
                Map.of("offer", offer, "quantity", "many"), "quantity: is a whole number",
                Map.of("offer", UUID.randomUUID().toString(), "quantity", "1"), "offer: no such offer",
                Map.of("offer", "not-an-offer", "quantity", "1"), "offer: has a value of the wrong type or format",
                Map.of("quantity", "1"), "offer: is required");
        faults.forEach((form, problem) -> {
            Api.Answer refused = api.submit(session, "/cart?lang=en", form);
            assertThat(refused.status()).as(problem).isEqualTo(400);
            assertThat(refused.body()).as(problem).contains(problem);
        });
        Api.Answer changed = api.submit(session, "/cart/" + offer + "?lang=en", Map.of("quantity", "-3"));
        assertThat(changed.status()).isEqualTo(400);
        assertThat(changed.body()).contains("quantity: is at least 1");
        assertThat(api.postForm("/cart", Map.of("offer", offer, "quantity", "5"), session.headers()).status())
                .as("without the CSRF token").isEqualTo(403);

        assertThat(cartRows(buyer)).isEqualTo(1);
        assertThat(quantity(buyer, offer)).isEqualTo(1);
    }

    private int cartRows(Credentials buyer) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM cart_items WHERE buyer_id = ?", Integer.class, buyer.id().toString());
    }

    private int quantity(Credentials buyer, String offer) {
        return jdbc.queryForObject("SELECT quantity FROM cart_items WHERE buyer_id = ? AND offer_id = ?", Integer.class,
                buyer.id().toString(), offer);
    }

    private static String cookie(Api.Answer answer) {
        return answer.header("Set-Cookie").split(";", 2)[0];
    }

    private static String csrf(Api.Answer page) {
        Matcher token = CSRF.matcher(page.body());
        assertThat(token.find()).as("a CSRF token on the page").isTrue();
        return token.group(1);
    }
}
