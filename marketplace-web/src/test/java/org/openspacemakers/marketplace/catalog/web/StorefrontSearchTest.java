package org.openspacemakers.marketplace.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.openspacemakers.marketplace.catalog.BoardQueries;
import org.openspacemakers.marketplace.catalog.Listings;
import org.openspacemakers.marketplace.catalog.Money;
import org.openspacemakers.marketplace.catalog.PriceBreakdown;
import org.openspacemakers.marketplace.catalog.Revision;
import org.openspacemakers.marketplace.catalog.VatCategory;
import org.openspacemakers.marketplace.compliance.OfferKind;
import org.openspacemakers.marketplace.fixtures.Fixtures;
import org.openspacemakers.marketplace.support.Api;
import org.openspacemakers.marketplace.support.MarketplaceTest;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Buyers find boards by words and part numbers, filter, sort and page; pages cost constant SQL. */
@MarketplaceTest
class StorefrontSearchTest {

    @Autowired
    Api api;
    @Autowired
    Fixtures fixtures;
    @Autowired
    BoardQueries catalog;
    @Autowired
    Listings listings;
    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    void aBuyerFindsABoardByAPartNumberInItsBom() {
        String part = partNumber();
        Fixtures.Listing withPart = fixtures.submittedListingWithBom(bomWith(part + "-1TR"));
        fixtures.submittedListing();

        List<String> found = slugs(api.get("/api/v1/boards?size=100&q=" + part).json());
        assertThat(found).as("by the MPN's first part, as a supplier writes it; no other board")
                .containsExactly(withPart.board().slug());
        assertThat(slugs(api.get("/api/v1/boards?q=zzqqxxnothing").json())).isEmpty();
    }

    @Test
    void filtersByOrderableCountryOfferKindPriceAndLicence() {
        Fixtures.Listing france = fixtures.approvedListing("FR");
        Fixtures.Listing submitted = fixtures.submittedListing();
        String onlyFrance = "&q=" + france.board().name().substring("Board ".length());
        String onlySubmitted = "&q=" + submitted.board().name().substring("Board ".length());

        assertThat(slugs(api.get("/api/v1/boards?orderableTo=FR" + onlyFrance).json())).containsExactly(france.board().slug());
        assertThat(slugs(api.get("/api/v1/boards?orderableTo=FR" + onlySubmitted).json())).isEmpty();
        assertThat(slugs(api.get("/api/v1/boards?orderableTo=IT" + onlyFrance).json())).isEmpty();
        assertThat(slugs(api.get("/api/v1/boards?orderableTo=FR&buyerType=PROFESSIONAL" + onlyFrance).json())).hasSize(1);

        assertThat(slugs(api.get("/api/v1/boards?kind=FULL_KIT" + onlyFrance).json())).hasSize(1);
        assertThat(slugs(api.get("/api/v1/boards?kind=ASSEMBLY_ONLY" + onlyFrance).json())).isEmpty();
        assertThat(slugs(api.get("/api/v1/boards?minPrice=2500&maxPrice=2500" + onlyFrance).json())).hasSize(1);
        assertThat(slugs(api.get("/api/v1/boards?maxPrice=2499" + onlyFrance).json())).isEmpty();
        assertThat(slugs(api.get("/api/v1/boards?licence=CERN-OHL-S-2.0" + onlyFrance).json())).hasSize(1);
        assertThat(slugs(api.get("/api/v1/boards?licence=MIT" + onlyFrance).json())).isEmpty();

        String page = "/?lang=en&orderable=true" + onlyFrance;
        assertThat(api.get(page + "&country=FR").body()).contains("board-" + france.board().slug()).contains("from 25.00 EUR");
        assertThat(api.get(page + "&country=IT").body()).doesNotContain("board-" + france.board().slug());
        assertThat(api.get(page, Map.of("Accept-Language", "fr-FR")).body()).contains("board-" + france.board().slug());
        assertThat(api.get("/?lang=en&kind=ASSEMBLY_ONLY" + onlyFrance).body()).doesNotContain("board-" + france.board().slug());

        assertThat(api.get("/api/v1/boards?orderableTo=XX").codes("errors")).containsExactly("orderableTo");
        assertThat(api.get("/api/v1/boards?kind=SOMETHING").codes("errors")).containsExactly("kind");
        assertThat(api.get("/api/v1/boards?minPrice=10&maxPrice=5").codes("errors")).containsExactly("minPrice");
    }

    /** Through this test's own five boards (they share a part number no other board has), whatever else the store holds. */
    @Test
    void everySortPagesThroughAllBoardsOnceInOrder() {
        String part = partNumber();
        List<String> own = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            own.add(fixtures.submittedListingWithBom(bomWith(part)).board().slug());
        }
        for (String sort : List.of("NAME", "NEWEST", "PRICE_ASC", "PRICE_DESC")) {
            List<String> all = slugs(api.get("/api/v1/boards?size=100&q=" + part + "&sort=" + sort).json());
            assertThat(all).as(sort).containsExactlyInAnyOrderElementsOf(own);
            List<String> paged = new ArrayList<>();
            String cursor = null;
            do {
                JsonNode page = api.get("/api/v1/boards?size=2&q=" + part + "&sort=" + sort
                        + (cursor == null ? "" : "&cursor=" + cursor)).json();
                paged.addAll(slugs(page));
                cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asString();
            } while (cursor != null);
            assertThat(paged).as(sort).isEqualTo(all).doesNotHaveDuplicates();
        }
        assertThat(api.get("/api/v1/boards?sort=PRICE_ASC&cursor=" + firstCursor("NAME")).codes("errors"))
                .containsExactly("cursor");
    }

    @Test
    void productAndListPagesRunConstantSqlWhateverTheNumberOfRevisionsAndOffers() {
        Fixtures.Listing small = fixtures.submittedListing();
        Fixtures.Listing big = fixtures.submittedListing();
        for (String label : List.of("2.0", "3.0", "4.0")) {
            Revision revision = fixtures.nextRevision(big, label);
            listings.offer(big.maker().id(), revision.id(), OfferKind.ASSEMBLY_ONLY, Money.euros(1_000), VatCategory.STANDARD,
                    new PriceBreakdown(0, 300, 500, 100, 100));
            listings.submitForReview(revision.id(), big.maker().id());
        }
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();

        long catalogueOfSmall = statements(statistics, () -> catalog.board(small.board().slug()));
        long catalogueOfBig = statements(statistics, () -> catalog.board(big.board().slug()));
        assertThat(catalogueOfSmall).isLessThanOrEqualTo(3);
        assertThat(catalogueOfBig).isEqualTo(catalogueOfSmall);

        long pageOfSmall = statements(statistics, () -> api.get("/boards/" + small.board().slug() + "?country=FR"));
        long pageOfBig = statements(statistics, () -> api.get("/boards/" + big.board().slug() + "?country=FR"));
        assertThat(pageOfBig).isEqualTo(pageOfSmall);
        long apiOfSmall = statements(statistics, () -> api.get("/api/v1/boards/" + small.board().slug() + "?country=IT"));
        long apiOfBig = statements(statistics, () -> api.get("/api/v1/boards/" + big.board().slug() + "?country=IT"));
        assertThat(apiOfBig).isEqualTo(apiOfSmall);

        long listOfTwo = statements(statistics, () -> api.get("/api/v1/boards?size=2"));
        long listOfHundred = statements(statistics, () -> api.get("/api/v1/boards?size=100&orderableTo=FR&q=board"));
        assertThat(listOfTwo).isEqualTo(1);
        assertThat(listOfHundred).isEqualTo(1);
        assertThat(statements(statistics, () -> api.get("/?lang=en"))).isEqualTo(1);
    }

    /** A part number no other board has. */
    private static String partNumber() {
        return "TP" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    /** A one-line BOM whose part has this MPN. */
    private static String bomWith(String mpn) {
        return "Reference,Value,Footprint,Quantity,Manufacturer,MPN\nU1,Sensor,SOT-23-5,1,Test Parts," + mpn + "\n";
    }

    private String firstCursor(String sort) {
        return api.get("/api/v1/boards?size=1&sort=" + sort).json().get("nextCursor").asString();
    }

    private static long statements(Statistics statistics, Runnable action) {
        statistics.clear();
        action.run();
        return statistics.getPrepareStatementCount();
    }

    private static List<String> slugs(JsonNode page) {
        return page.get("items").valueStream().map(item -> item.get("slug").asString()).toList();
    }
}
