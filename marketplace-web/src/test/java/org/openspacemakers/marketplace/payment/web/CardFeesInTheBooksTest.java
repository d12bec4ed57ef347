package org.openspacemakers.marketplace.payment.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openspacemakers.marketplace.account.Role;
import org.openspacemakers.marketplace.books.Books;
import org.openspacemakers.marketplace.fixtures.Credentials;
import org.openspacemakers.marketplace.fixtures.Fixtures;
import org.openspacemakers.marketplace.payment.StripeEvents;
import org.openspacemakers.marketplace.support.Api;
import org.openspacemakers.marketplace.support.FakeStripe;
import org.openspacemakers.marketplace.support.MarketplaceTest;
import org.openspacemakers.marketplace.support.TravellingClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Stripe's fee in the association's books: a card order paid through the webhook costs the
 * association the fee Stripe reported (its net contribution is its share less the fee), and still
 * does once refunded in full through Stripe, when nothing else of the order counts.
 */
@MarketplaceTest
class CardFeesInTheBooksTest {

    @Autowired
    Api api;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    StripeEvents events;
    @Autowired
    TravellingClock clock;
    @Autowired
    Books books;

    @Test
    void theFeeIsTheAssociationsCostAndStaysWhenTheOrderIsRefundedInFull() {
        CardPayments cards = new CardPayments(api, jdbc, events, clock);
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        Credentials admin = fixtures.user(Role.ADMIN);
        String order = cards.place(listing, fixtures.user(Role.BUYER)).json().get("id").asString();
        cards.deliverAndApply(cards.completed(order, "pi_" + UUID.randomUUID().toString().replace("-", "")));
        assertThat(cards.status(order)).isEqualTo("PAID");

        List<String> paid = row(admin, order);
        assertThat(paid.get(3)).isEqualTo("CARD");
        assertThat(paid.get(15)).as("card_fees").isEqualTo(BigDecimal.valueOf(FakeStripe.FEE, 2).toPlainString());
        assertThat(paid.get(12)).as("association_share").isEqualTo("2.50");
        assertThat(paid.get(16)).as("net_contribution").isEqualTo(BigDecimal.valueOf(250 - FakeStripe.FEE, 2).toPlainString());

        Api.Answer refunded = api.post("/api/v1/orders/" + order + "/refund", admin,
                "{\"amount\":{\"amountMinor\":%d,\"currency\":\"EUR\"},\"reason\":\"Annulée\"}".formatted(cards.total(order)));
        assertThat(refunded.status()).as(refunded.body()).isEqualTo(200);

        List<String> whole = row(admin, order);
        assertThat(whole.get(4)).as("refunded_in_full").isEqualTo("yes");
        assertThat(whole.get(12)).isEqualTo("0.00");
        assertThat(whole.get(15)).isEqualTo(BigDecimal.valueOf(FakeStripe.FEE, 2).toPlainString());
        assertThat(whole.get(16)).isEqualTo(BigDecimal.valueOf(-FakeStripe.FEE, 2).toPlainString());
        assertThat(api.get("/boards/" + listing.board().slug() + "?lang=en").body()).as("nothing sold any more")
                .contains("data-units=\"0\"");
    }

    private List<String> row(Credentials admin, String order) {
        String csv = api.get("/admin/books.csv?year=" + books.currentYear(), api.signIn(admin).headers()).body();
        return List.of(csv.split("\r\n")).stream().filter(line -> line.contains("," + order + ","))
                .map(line -> List.of(line.split(",", -1))).findFirst().orElseThrow();
    }
}
