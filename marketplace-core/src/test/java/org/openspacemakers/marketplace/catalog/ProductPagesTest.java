package org.openspacemakers.marketplace.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openspacemakers.marketplace.compliance.BuyerType;
import org.openspacemakers.marketplace.compliance.CountryCode;
import org.openspacemakers.marketplace.compliance.Dossiers;
import org.openspacemakers.marketplace.compliance.OfferKind;
import org.openspacemakers.marketplace.compliance.Register;
import org.openspacemakers.marketplace.compliance.RevisionRef;
import org.openspacemakers.marketplace.compliance.SaleEligibility;
import org.openspacemakers.marketplace.compliance.SaleGate;
import org.openspacemakers.marketplace.compliance.SaleRequest;
import org.openspacemakers.marketplace.coretest.CoreTest;
import org.openspacemakers.marketplace.fixtures.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Each node keeps the product pages it built and serves them while their version stays; a change
 * made on any node raises the version in the database, so every node builds the page again.
 */
@CoreTest
class ProductPagesTest {

    @Autowired
    ProductPages node;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Listings listings;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    BoardQueries catalog;
    @Autowired
    SaleGate gate;
    @Autowired
    Dossiers dossiers;
    @Autowired
    Register register;
    @Autowired
    Clock clock;

    @Test
    void eachNodeKeepsItsPageUntilAChangeMadeOnAnyNodeRaisesTheVersion() {
        ProductPages otherNode = otherNode(100);
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        String slug = listing.board().slug();
        ProductPage first = node.page(slug).orElseThrow().page();
        ProductPage firstOnOther = otherNode.page(slug).orElseThrow().page();
        assertThat(node.page(slug).orElseThrow().page()).as("kept while nothing changed").isSameAs(first);
        assertThat(otherNode.page(slug).orElseThrow().page()).isSameAs(firstOnOther);

        listings.offer(listing.maker().id(), listing.revision().id(), OfferKind.FULL_KIT, Money.euros(1_990),
                VatCategory.STANDARD, new PriceBreakdown(800, 300, 490, 200, 200));

        for (ProductPages anyNode : List.of(node, otherNode)) {
            ProductPage changed = anyNode.page(slug).orElseThrow().page();
            assertThat(changed.version()).isGreaterThan(first.version());
            assertThat(changed.details().revisions().get(0).offers()).extracting(offer -> offer.price().amountMinor())
                    .contains(1_990L);
        }
        assertThat(node.page("no-such-board")).isEmpty();
    }

    @Test
    void itsAnswersAreTheGatesForEveryDestinationOutsideAnyTransaction() {
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        ProductPage page = otherNode(100).page(listing.board().slug()).orElseThrow().page();
        List<Offer> offers = page.details().publicRevisions().stream().flatMap(r -> r.offers().stream()).toList();

        List<SaleRequest> requests = new ArrayList<>();
        List<SaleEligibility> fromPage = new ArrayList<>();
        for (String country : List.of("FR", "DE", "IT", "US", "CH")) {
            for (BuyerType buyerType : BuyerType.values()) {
                page.outlooks(offers, CountryCode.of(country), Optional.of(buyerType), clock.instant())
                        .forEach(outlook -> fromPage.add(outlook.eligibility()));
                offers.forEach(offer -> requests.add(new SaleRequest(RevisionRef.of(offer.revisionId()), offer.kind(),
                        CountryCode.of(country), buyerType, Set.of(), clock.instant())));
            }
        }
        assertThat(fromPage).isEqualTo(gate.checkAll(requests));
        assertThat(fromPage).anyMatch(SaleEligibility::isEligible).anyMatch(answer -> !answer.isEligible());
    }

    @Test
    void forgetsPagesBeyondWhatItKeeps() {
        ProductPages keepsOne = otherNode(1);
        String one = fixtures.submittedListing().board().slug();
        String two = fixtures.submittedListing().board().slug();
        ProductPage first = keepsOne.page(one).orElseThrow().page();
        keepsOne.page(two).orElseThrow().page();

        ProductPage again = keepsOne.page(one).orElseThrow().page();
        assertThat(again).as("built again").isNotSameAs(first);
        assertThat(again.version()).isEqualTo(first.version());
    }

    /** Another node of the store on the same database: its own pages, the same services. */
    private ProductPages otherNode(int kept) {
        return new ProductPages(jdbc, transactions, catalog, gate, dossiers, register, kept);
    }
}
