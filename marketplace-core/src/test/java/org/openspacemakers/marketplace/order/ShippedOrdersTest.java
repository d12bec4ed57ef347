package org.openspacemakers.marketplace.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openspacemakers.marketplace.account.Role;
import org.openspacemakers.marketplace.catalog.Listings;
import org.openspacemakers.marketplace.catalog.Money;
import org.openspacemakers.marketplace.catalog.PriceBreakdown;
import org.openspacemakers.marketplace.catalog.VatCategory;
import org.openspacemakers.marketplace.compliance.BuyerType;
import org.openspacemakers.marketplace.compliance.CountryCode;
import org.openspacemakers.marketplace.compliance.OfferKind;
import org.openspacemakers.marketplace.coretest.CoreTest;
import org.openspacemakers.marketplace.coretest.FranceOpenForSale;
import org.openspacemakers.marketplace.fixtures.Fixtures;
import org.openspacemakers.marketplace.shipping.ShippingMethod;
import org.openspacemakers.marketplace.shipping.ShippingQuote;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An order pays its shipping: the method chosen (or the cheapest) at the destination zone's price,
 * part of its total, as the quote before it said; a method that does not ship there refuses the
 * order naming {@code shippingMethod}, with nothing stored; the buyer's acceptance of the terms
 * and consent to an assembly service are kept with the time the order was placed.
 */
@CoreTest
class ShippedOrdersTest {

    private static final CountryCode FRANCE = CountryCode.of("FR");

    @Autowired
    Orders orders;
    @Autowired
    OrderQuotes quotes;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Listings listings;

    @Test
    void theCheapestShippingIsPartOfTheTotalTheQuoteGaveBefore() {
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        UUID buyer = fixtures.user(Role.BUYER).id();
        List<PlaceOrder.Line> lines = List.of(new PlaceOrder.Line(listing.fullKit().id(), 2));

        OrderQuote quote = quotes.quote(lines, FRANCE, null);
        Order order = orders.place(OrderRequests.boards(buyer, OrderRequests.key(), listing.fullKit().id(), 2)).order();

        Money expected = Money.euros(2 * 2_500).plus(FranceOpenForSale.STANDARD);
        assertThat(quote.shipping()).contains(new ShippingQuote(ShippingMethod.STANDARD, FranceOpenForSale.STANDARD));
        assertThat(quote.subtotal()).isEqualTo(Money.euros(5_000));
        assertThat(quote.total()).contains(expected);
        assertThat(quote.lines()).singleElement().satisfies(line -> {
            assertThat(line.lineTotal()).isEqualTo(Money.euros(5_000));
            assertThat(line.breakdown()).isEqualTo(new PriceBreakdown(1_000, 300, 700, 250, 250));
        });
        assertThat(quote.leadTimeDays()).isPositive();
        assertThat(order.total()).isEqualTo(expected);
        assertThat(order.shipping()).isEqualTo(FranceOpenForSale.STANDARD);
        assertThat(order.shippingMethod()).contains(ShippingMethod.STANDARD);
        assertThat(orders.findForViewer(order.id(), buyer, false).orElseThrow().total()).as("as stored").isEqualTo(expected);
    }

    @Test
    void aMethodThatDoesNotShipToTheDestinationRefusesTheOrderAndStoresNothing() {
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        UUID buyer = fixtures.user(Role.BUYER).id();
        PlaceOrder tracked = request(buyer, listing.fullKit().id(), ShippingMethod.TRACKED, false, false);

        assertThatThrownBy(() -> orders.place(tracked)).isInstanceOfSatisfying(InvalidOrder.class,
                refused -> assertThat(refused.field()).isEqualTo("shippingMethod"));
        assertThat(quotes.quote(tracked.lines(), FRANCE, ShippingMethod.TRACKED).total()).isEmpty();
        assertThat(orders.placedBy(buyer)).isEmpty();
    }

    @Test
    void theTermsAndAnAssemblyServicesConsentAreKeptWithTheOrder() {
        Fixtures.Listing listing = fixtures.draftListing();
        UUID assemblyOnly = listings.offer(listing.maker().id(), listing.revision().id(), OfferKind.ASSEMBLY_ONLY,
                Money.euros(900), VatCategory.STANDARD, new PriceBreakdown(0, 300, 400, 100, 100)).id();
        listings.submitForReview(listing.revision().id(), listing.maker().id());
        fixtures.approve(listing, "FR");
        UUID buyer = fixtures.user(Role.BUYER).id();

        Order consented = orders.place(request(buyer, assemblyOnly, null, true, true)).order();
        Order fullKit = orders.place(request(buyer, listing.fullKit().id(), null, true, true)).order();
        Order silent = orders.place(request(buyer, assemblyOnly, null, false, false)).order();

        assertThat(consented.termsAcceptedAt()).contains(consented.placedAt());
        assertThat(consented.assemblyConsentAt()).contains(consented.placedAt());
        assertThat(fullKit.termsAcceptedAt()).contains(fullKit.placedAt());
        assertThat(fullKit.assemblyConsentAt()).as("no assembly-only line: nothing to consent to").isEmpty();
        assertThat(silent.termsAcceptedAt()).isEmpty();
        assertThat(silent.assemblyConsentAt()).isEmpty();
        assertThat(quotes.quote(List.of(new PlaceOrder.Line(assemblyOnly, 1)), FRANCE, null).hasAssemblyOnly()).isTrue();
    }

    private static PlaceOrder request(UUID buyer, UUID offer, ShippingMethod method, boolean terms, boolean consent) {
        return new PlaceOrder(buyer, OrderRequests.key(), List.of(new PlaceOrder.Line(offer, 1)), FRANCE, BuyerType.CONSUMER,
                new ShippingAddress("Ada Lovelace", "1 rue de la Paix", "", "75002", "Paris", FRANCE), Set.of(), null, null,
                method, terms, consent);
    }
}
