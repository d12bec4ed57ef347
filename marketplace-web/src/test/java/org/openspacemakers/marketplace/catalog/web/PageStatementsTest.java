package org.openspacemakers.marketplace.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openspacemakers.marketplace.account.Role;
import org.openspacemakers.marketplace.fixtures.Fixtures;
import org.openspacemakers.marketplace.support.Api;
import org.openspacemakers.marketplace.support.MarketplaceTest;
import org.openspacemakers.marketplace.support.SqlStatements;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The busiest pages send at most three statements to the database, counted on the wire (the
 * driver's own included), whatever the catalogue holds: the product page, the storefront, a search.
 * The reviewer's queue sends as many for five entries as for one.
 */
@MarketplaceTest
class PageStatementsTest {

    @Autowired
    Api api;
    @Autowired
    Fixtures fixtures;

    @Test
    void theProductPageSendsAtMostThreeStatements() {
        Fixtures.Listing approved = fixtures.approvedListing("FR");
        String page = "/boards/" + approved.board().slug() + "?country=FR";
        api.get(page);

        List<String> sent = SqlStatements.during(() -> assertThat(api.get(page).status()).isEqualTo(200));

        assertThat(sent).as("statements of the product page").hasSizeLessThanOrEqualTo(3);
    }

    @Test
    void theStorefrontAndASearchSendAtMostThreeStatementsEach() {
        fixtures.approvedListing("FR");
        api.get("/");

        assertThat(SqlStatements.during(() -> assertThat(api.get("/").status()).isEqualTo(200)))
                .as("statements of the storefront").hasSizeLessThanOrEqualTo(3);
        assertThat(SqlStatements.during(() -> assertThat(api.get("/?q=max31856").status()).isEqualTo(200)))
                .as("statements of a search").hasSizeLessThanOrEqualTo(3);
    }

    @Test
    void theReviewQueueSendsAsManyStatementsForFiveEntriesAsForOne() {
        Api.Session reviewer = api.signIn(fixtures.user(Role.REVIEWER));
        Fixtures.Listing first = fixtures.submittedListing();
        api.submit(reviewer, "/review/" + first.revision().id() + "/start?lang=en", Map.of());
        api.get("/review?lang=en", reviewer.headers());
        List<String> forOne = SqlStatements.during(() -> assertThat(api.get("/review?lang=en", reviewer.headers())
                .body()).contains("review-" + first.board().slug()));

        Fixtures.Listing last = null;
        for (int i = 0; i < 4; i++) {
            last = fixtures.submittedListing();
            if (i % 2 == 0) {
                api.submit(reviewer, "/review/" + last.revision().id() + "/start?lang=en", Map.of());
            }
        }
        String lastEntry = "review-" + last.board().slug();
        List<String> forFive = SqlStatements.during(() -> assertThat(api.get("/review?lang=en", reviewer.headers())
                .body()).contains(lastEntry).contains("review-" + first.board().slug()));

        assertThat(forFive).as("statements of the queue with five entries, against one: " + forOne)
                .hasSameSizeAs(forOne);
    }
}
