package org.openspacemakers.marketplace.catalog.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openspacemakers.marketplace.account.Role;
import org.openspacemakers.marketplace.catalog.Listings;
import org.openspacemakers.marketplace.catalog.Money;
import org.openspacemakers.marketplace.catalog.PriceBreakdown;
import org.openspacemakers.marketplace.catalog.Teams;
import org.openspacemakers.marketplace.catalog.VatCategory;
import org.openspacemakers.marketplace.compliance.OfferKind;
import org.openspacemakers.marketplace.compliance.Register;
import org.openspacemakers.marketplace.compliance.RegisterWeee;
import org.openspacemakers.marketplace.compliance.Reviews;
import org.openspacemakers.marketplace.compliance.RevisionRef;
import org.openspacemakers.marketplace.compliance.WeeeCategory;
import org.openspacemakers.marketplace.fixtures.Fixtures;
import org.openspacemakers.marketplace.support.Api;
import org.openspacemakers.marketplace.support.MarketplaceTest;
import org.openspacemakers.marketplace.support.OrderBodies;
import org.springframework.beans.factory.annotation.Autowired;
import static org.assertj.core.api.Assertions.assertThat;
import tools.jackson.databind.JsonNode;

/**
 * The product page is served from its read model, yet every change to what it shows is on the
 * very next request: an approval, a price change, an order and a change of capacity (the lead
 * time), a suspension, a registration in the register. No waiting, no expiry by time.
 */
@MarketplaceTest
class ProductPageChangesTest {

    @Autowired
    Api api;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Listings listings;
    @Autowired
    Teams teams;
    @Autowired
    Reviews reviews;
    @Autowired
    Register register;
    @Autowired
    Clock clock;

    @Test
    void anApprovalAPriceChangeACapacityChangeAndASuspensionShowOnTheNextRequest() {
        Fixtures.Listing listing = fixtures.submittedListing();
        String page = "/boards/" + listing.board().slug() + "?country=FR&lang=en";
        assertThat(fullKit(listing).get("eligible").asBoolean()).as("submitted, not approved").isFalse();
        assertThat(api.get(page).body()).contains("25.00").doesNotContain("19.90").doesNotContain("order-link");

        fixtures.approve(listing, "FR");
        assertThat(fullKit(listing).get("eligible").asBoolean()).as("approved for France").isTrue();
        assertThat(api.get(page).body()).contains("order-link");

        listings.offer(listing.maker().id(), listing.revision().id(), OfferKind.FULL_KIT, Money.euros(1_990),
                VatCategory.STANDARD, new PriceBreakdown(800, 300, 490, 200, 200));
        assertThat(fullKit(listing).get("price").get("amountMinor").asLong()).isEqualTo(1_990);
        assertThat(api.get(page).body()).contains("19.90").doesNotContain("25.00");

        assertThat(fullKit(listing).get("leadTimeDays").asInt()).as("nothing queued: this week").isEqualTo(7);
        assertThat(api.placeOrder(fixtures.user(Role.BUYER), UUID.randomUUID().toString(),
                OrderBodies.orderBody(listing.fullKit().id(), 3, "FR")).status()).isEqualTo(201);
        assertThat(fullKit(listing).get("leadTimeDays").asInt()).as("3 queued, 10 a week").isEqualTo(7);
        teams.changeCapacity(listing.maker().id(), listing.team().slug(), 1, 52);
        assertThat(fullKit(listing).get("leadTimeDays").asInt()).as("3 queued, 1 a week").isEqualTo(28);
        assertThat(api.get(page).body()).contains("28 days");

        reviews.suspend(RevisionRef.of(listing.revision().id()), fixtures.user(Role.REVIEWER).id(),
                "The declaration of conformity names another board.");
        JsonNode suspended = fullKit(listing);
        assertThat(suspended.get("eligible").asBoolean()).isFalse();
        assertThat(suspended.get("reasons").toString()).contains("APPROVAL_SUSPENDED");
        assertThat(api.get(page).body()).doesNotContain("order-link");
    }

    @Test
    void aRegistrationShowsOnTheNextRequestOfEveryPage() {
        Fixtures.Listing listing = fixtures.approvedListing("FR", "IE");
        assertThat(fullKit(listing, "IE").get("reasons").toString()).contains("WEEE_NOT_REGISTERED");

        register.record(new RegisterWeee("IE", "IE-TEST-0001", "Open Space Makers (association)",
                LocalDate.now(clock).plusYears(1), "Test authorised representative Ltd, Dublin", "Mandate IE-1",
                "a test compliance scheme", EnumSet.of(WeeeCategory.SMALL), true, true));
        assertThat(fullKit(listing, "IE").get("eligible").asBoolean()).isTrue();
    }

    private JsonNode fullKit(Fixtures.Listing listing) {
        return fullKit(listing, "FR");
    }

    private JsonNode fullKit(Fixtures.Listing listing, String country) {
        JsonNode board = api.get("/api/v1/boards/" + listing.board().slug() + "?country=" + country).json();
        for (JsonNode offer : board.get("revisions").get(0).get("offers")) {
            if (offer.get("kind").asString().equals("FULL_KIT")) {
                return offer;
            }
        }
        throw new AssertionError("no full kit offer in " + board);
    }
}
