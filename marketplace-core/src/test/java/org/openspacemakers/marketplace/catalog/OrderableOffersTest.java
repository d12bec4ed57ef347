package org.openspacemakers.marketplace.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openspacemakers.marketplace.account.Role;
import org.openspacemakers.marketplace.compliance.BuyerType;
import org.openspacemakers.marketplace.compliance.CountryCode;
import org.openspacemakers.marketplace.compliance.Destination;
import org.openspacemakers.marketplace.compliance.Reviews;
import org.openspacemakers.marketplace.compliance.RevisionRef;
import org.openspacemakers.marketplace.coretest.CoreTest;
import org.openspacemakers.marketplace.fixtures.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The storefront's read side ({@code orderable_offers} and the board's {@code orderable} column)
 * follows compliance's decisions inside their transactions: an approval lists each offer for the
 * countries and buyers the gate allows, a suspension withdraws it.
 */
@CoreTest
class OrderableOffersTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    Reviews reviews;
    @Autowired
    BoardQueries catalog;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anApprovalListsTheOfferWhereTheGateAllowsItAndASuspensionWithdrawsIt() {
        Fixtures.Listing listing = fixtures.submittedListing();
        assertThat(destinations(listing)).isEmpty();
        assertThat(orderable(listing)).isFalse();

        // Approved for France and Italy; the association has no WEEE registration in Italy, so only France is open.
        fixtures.approve(listing, "FR", "IT");
        assertThat(destinations(listing)).containsExactlyInAnyOrder("FR CONSUMER", "FR PROFESSIONAL");
        assertThat(orderable(listing)).isTrue();
        assertThat(orderableIn("FR", listing)).containsExactly(listing.board().slug());
        assertThat(orderableIn("IT", listing)).isEmpty();

        reviews.suspend(RevisionRef.of(listing.revision().id()), fixtures.user(Role.REVIEWER).id(),
                "The declaration of conformity names another board.");
        assertThat(destinations(listing)).isEmpty();
        assertThat(orderable(listing)).isFalse();
        assertThat(orderableIn("FR", listing)).isEmpty();
    }

    private List<String> destinations(Fixtures.Listing listing) {
        return jdbc.queryForList("SELECT CONCAT(country, ' ', buyer_type) FROM orderable_offers WHERE offer_id = ?",
                String.class, listing.fullKit().id().toString());
    }

    private boolean orderable(Fixtures.Listing listing) {
        return jdbc.queryForObject("SELECT orderable FROM boards WHERE id = ?", Boolean.class,
                listing.board().id().toString());
    }

    /** The storefront's list of boards a consumer in the country can order, searched by the word only this board's name has. */
    private List<String> orderableIn(String country, Fixtures.Listing listing) {
        String ownWord = listing.board().name().substring("Board ".length());
        ListingQuery query = new ListingQuery(Optional.of(ownWord), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(new Destination(CountryCode.of(country), BuyerType.CONSUMER)),
                ListingSort.NAME, Optional.empty(), 10);
        return catalog.list(query).items().stream().map(BoardSummary::slug).toList();
    }
}
