package org.openspacemakers.marketplace.books.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openspacemakers.marketplace.support.OrderBodies.orderBody;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openspacemakers.marketplace.account.Role;
import org.openspacemakers.marketplace.books.Books;
import org.openspacemakers.marketplace.fixtures.Credentials;
import org.openspacemakers.marketplace.fixtures.Fixtures;
import org.openspacemakers.marketplace.support.Api;
import org.openspacemakers.marketplace.support.MarketplaceTest;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The association's books against orders placed, paid by bank transfer and refunded through the
 * store's own endpoints, to the cent: the public API and page, the product page, the treasurer's
 * dashboard and export. The fixture's full kit costs 25.00 EUR: parts 10.00, PCB 3.00, labour 7.00,
 * the association 2.50, the team 2.50; the association is VAT-exempt (the franchise). Other tests
 * share the database, so year totals are compared before and after, and boards are this test's own.
 */
@MarketplaceTest
class BooksTest {

    @Autowired
    Api api;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Books books;

    @Test
    void figuresAreThePaidOrdersLessRefundsToTheCent() {
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        String slug = listing.board().slug();
        Credentials buyer = fixtures.user(Role.BUYER);
        Credentials admin = fixtures.user(Role.ADMIN);
        JsonNode before = api.get("/api/v1/transparency").json();

        String three = paid(order(buyer, listing, 3), admin);
        String twoPartlyRefunded = paid(order(buyer, listing, 2), admin);
        refund(twoPartlyRefunded, 300, admin);
        String onePastTheAssociationsShare = paid(order(buyer, listing, 1), admin);
        refund(onePastTheAssociationsShare, 400, admin);
        String refundedInFull = paid(order(buyer, listing, 1), admin);
        long wholeTotal = api.get("/api/v1/orders/" + refundedInFull, admin).json().get("total").get("amountMinor").asLong();
        refund(refundedInFull, wholeTotal - 1_000, admin);
        refund(refundedInFull, 1_000, admin);
        order(buyer, listing, 5); // placed, never paid: counts for nothing

        JsonNode after = api.get("/api/v1/transparency").json();
        assertThat(after.get("year").asInt()).isEqualTo(books.currentYear());
        // 3 × 2.50 + (2 × 2.50 − 3.00) + (2.50 − 2.50, the 1.50 left taken from the team's share) + nothing
        assertThat(amount(after.get("fundedBySales")) - amount(before.get("fundedBySales"))).isEqualTo(750 + 200);
        assertThat(after.get("fundedBySales").get("currency").asString()).isEqualTo("EUR");
        assertThat(after.get("ordersPaid").asLong() - before.get("ordersPaid").asLong())
                .as("the order refunded in full is not counted").isEqualTo(3);
        assertThat(amount(after.get("budgetTarget"))).isEqualTo(15_000_000);
        assertThat(amount(after.get("donations"))).as("orders are no donations")
                .isEqualTo(amount(before.get("donations")));
        JsonNode board = boardOf(after, slug);
        assertThat(board.get("unitsSold").asLong()).isEqualTo(3 + 2 + 1);
        assertThat(amount(board.get("associationShare"))).isEqualTo(950);

        String productPage = api.get("/boards/" + slug + "?lang=en").body();
        assertThat(productPage).contains("data-units=\"6\"", "6 boards, 9.50 EUR to the association");
        assertThat(api.get("/boards/" + slug + "?lang=fr").body()).contains("6 cartes, 9.50 EUR pour l");

        Map<String, List<String>> csv = csvRows(admin);
        List<String> row = csv.get(twoPartlyRefunded);
        assertThat(row).as("the order partly refunded").isNotNull();
        long shipping = amountOf(row, "revenue") - 5_000;
        assertThat(shipping).as("shipping charged").isPositive();
        assertThat(value(row, "paid_on")).startsWith(books.currentYear() + "-");
        assertThat(value(row, "paid_with")).isEqualTo("BANK_TRANSFER");
        assertThat(value(row, "units")).isEqualTo("2");
        assertThat(value(row, "refunds")).isEqualTo("3.00");
        assertThat(value(row, "parts")).isEqualTo("20.00");
        assertThat(value(row, "pcb")).isEqualTo("6.00");
        assertThat(value(row, "assembly_labour")).isEqualTo("14.00");
        assertThat(value(row, "association_share")).isEqualTo("2.00");
        assertThat(value(row, "teams_share")).isEqualTo("5.00");
        assertThat(value(row, "net_contribution")).isEqualTo("2.00");
        List<String> past = csv.get(onePastTheAssociationsShare);
        assertThat(value(past, "association_share")).isEqualTo("0.00");
        assertThat(value(past, "teams_share")).isEqualTo("1.00");
        List<String> whole = csv.get(refundedInFull);
        assertThat(value(whole, "refunded_in_full")).isEqualTo("yes");
        assertThat(value(whole, "units")).isEqualTo("0");
        assertThat(value(whole, "association_share")).isEqualTo("0.00");
        assertThat(csv.get(three)).isNotNull();
        for (String order : List.of(three, twoPartlyRefunded, onePastTheAssociationsShare, refundedInFull)) {
            List<String> r = csv.get(order);
            assertThat(amountOf(r, "revenue") - amountOf(r, "refunds")).as("every cent paid is somewhere")
                    .isEqualTo(amountOf(r, "vat") + amountOf(r, "parts") + amountOf(r, "pcb") + amountOf(r, "assembly_labour")
                            + amountOf(r, "association_share") + amountOf(r, "teams_share") + amountOf(r, "shipping"));
        }

        Api.Session session = api.signIn(admin);
        String dashboard = api.get("/admin/books?lang=en", session.headers()).body();
        assertThat(dashboard).contains("data-slug=\"" + slug + "\"", "Volunteer minutes per board", "not recorded yet",
                "/admin/books.csv?year=" + books.currentYear());
        String boardRow = dashboard.substring(dashboard.indexOf("data-slug=\"" + slug + "\""));
        boardRow = boardRow.substring(0, boardRow.indexOf("</tr>"));
        assertThat(boardRow).contains("<td class=\"units\">6</td>", "<td class=\"association\">9.50 EUR</td>");
    }

    @Test
    void theApiAndThePageAreOpenToAnyoneInBothLanguages() {
        Api.Answer json = api.get("/api/v1/transparency?year=" + books.currentYear());
        assertThat(json.status()).isEqualTo(200);
        assertThat(json.header("Set-Cookie")).isNull();

        Api.Answer english = api.get("/transparency?lang=en");
        assertThat(english.status()).isEqualTo(200);
        assertThat(english.header("Set-Cookie")).as("an anonymous page creates no session").isNull();
        assertThat(english.body()).contains("<svg class=\"chart progress-chart\" id=\"budget-chart\" role=\"img\"",
                "aria-labelledby=\"budget-chart-title\"", "Towards the year", "id=\"month-chart\"",
                "What sales and donations brought the association each month of " + books.currentYear(), "month-table")
                .doesNotContain("style=");
        assertThat(api.get("/transparency?lang=fr").body()).contains("Les comptes de l", "Vers le budget de l",
                "ont rapporté à l", "association chaque mois de " + books.currentYear(), "Carte par carte");
        assertThat(api.get("/?lang=en").body()).as("linked from every page's footer").contains("id=\"footer-transparency\"");
    }

    @Test
    void aYearTheBooksCannotGiveIsRefusedNamingTheYear() {
        for (String year : List.of("abc", "1999", String.valueOf(books.currentYear() + 1), "20260")) {
            Api.Answer answer = api.get("/api/v1/transparency?year=" + year);
            assertThat(answer.status()).as(year).isEqualTo(400);
            assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
            assertThat(answer.json().get("errors").get(0).get("field").asString()).isEqualTo("year");

            Api.Answer page = api.get("/transparency?lang=en&year=" + year);
            assertThat(page.status()).isEqualTo(400);
            assertThat(page.body()).contains("id=\"year-problem\"", "must be a year from 2000 to " + books.currentYear());
        }
        Api.Session session = api.signIn(fixtures.user(Role.ADMIN));
        assertThat(api.get("/admin/books.csv?year=abc", session.headers()).status()).isEqualTo(400);
        assertThat(api.get("/admin/books?year=abc", session.headers()).status()).isEqualTo(400);
        assertThat(api.get("/admin/books", api.signIn(fixtures.user(Role.BUYER)).headers()).status())
                .as("the treasurer's page is the administrators'").isEqualTo(403);
    }

    private String order(Credentials buyer, Fixtures.Listing listing, int quantity) {
        Api.Answer placed = api.placeOrder(buyer, UUID.randomUUID().toString(), orderBody(listing.fullKit().id(), quantity, "FR"));
        assertThat(placed.status()).isEqualTo(201);
        return placed.json().get("id").asString();
    }

    private String paid(String order, Credentials admin) {
        assertThat(api.post("/api/v1/orders/" + order + "/bank-transfer/confirm", admin, "").status()).isEqualTo(200);
        return order;
    }

    private void refund(String order, long cents, Credentials admin) {
        Api.Answer refunded = api.post("/api/v1/orders/" + order + "/refund", admin,
                "{\"amount\":{\"amountMinor\":%d,\"currency\":\"EUR\"},\"reason\":\"Geste commercial\"}".formatted(cents));
        assertThat(refunded.status()).as(refunded.body()).isEqualTo(200);
    }

    private Map<String, List<String>> csvRows(Credentials admin) {
        Api.Session session = api.signIn(admin);
        Api.Answer csv = api.get("/admin/books.csv?year=" + books.currentYear(), session.headers());
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).isEqualTo("text/csv;charset=UTF-8");
        assertThat(csv.header("Content-Disposition")).isEqualTo("attachment; filename=\"books-" + books.currentYear() + ".csv\"");
        List<String> lines = List.of(csv.body().split("\r\n"));
        assertThat(lines.get(0)).isEqualTo(String.join(",", BooksCsv.HEADER));
        return lines.stream().skip(1).map(line -> List.of(line.split(",", -1)))
                .collect(Collectors.toMap(cells -> cells.get(1), cells -> cells));
    }

    private static String value(List<String> row, String column) {
        return row.get(BooksCsv.HEADER.indexOf(column));
    }

    private static long amountOf(List<String> row, String column) {
        String euros = value(row, column);
        assertThat(euros).matches("-?\\d+\\.\\d{2}");
        return Long.parseLong(euros.replace(".", ""));
    }

    private static long amount(JsonNode money) {
        return money.get("amountMinor").asLong();
    }

    private static JsonNode boardOf(JsonNode transparency, String slug) {
        return Arrays.stream(transparency.get("boards").valueStream().toArray(JsonNode[]::new))
                .filter(board -> board.get("slug").asString().equals(slug)).findFirst().orElseThrow();
    }
}
