package org.openspacemakers.marketplace.order.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openspacemakers.marketplace.support.OrderBodies.orderBody;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openspacemakers.marketplace.account.Role;
import org.openspacemakers.marketplace.catalog.Teams;
import org.openspacemakers.marketplace.fixtures.Credentials;
import org.openspacemakers.marketplace.fixtures.Fixtures;
import org.openspacemakers.marketplace.support.Api;
import org.openspacemakers.marketplace.support.MarketplaceTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The order API's contract around a team's capacity: the answer once its slots are taken, and the
 * lead time it shows. That concurrent orders never oversell is core's {@code CapacityBookingTest}.
 */
@MarketplaceTest
class CapacityTest {

    @Autowired
    Api api;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Teams teams;

    @Test
    void anOrderPastTheSlotsOnSaleIsAConflictNamingTheExhaustedCapacity() {
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        teams.changeCapacity(listing.maker().id(), listing.team().slug(), 1, 1);
        String body = orderBody(listing.fullKit().id(), 1, "FR");
        assertThat(api.placeOrder(fixtures.user(Role.BUYER), UUID.randomUUID().toString(), body).status()).isEqualTo(201);

        Api.Answer refused = api.placeOrder(fixtures.user(Role.BUYER), UUID.randomUUID().toString(), body);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().get("type").asString()).isEqualTo("/problems/order-refused");
        assertThat(refused.codes("reasons")).containsExactly("CAPACITY_EXHAUSTED");
    }

    @Test
    void theLeadTimeGrowsWithTheQueue() {
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        teams.changeCapacity(listing.maker().id(), listing.team().slug(), 5, 8);
        String path = "/api/v1/boards/" + listing.board().slug();
        assertThat(leadTime(path)).isEqualTo(7);
        Credentials buyer = fixtures.user(Role.BUYER);
        assertThat(api.placeOrder(buyer, UUID.randomUUID().toString(), orderBody(listing.fullKit().id(), 3, "FR")).status())
                .isEqualTo(201);
        assertThat(leadTime(path)).as("3 of the 4 boards a week booked (80 % of 5)").isEqualTo(7);
        assertThat(api.placeOrder(fixtures.user(Role.BUYER), UUID.randomUUID().toString(),
                orderBody(listing.fullKit().id(), 1, "FR")).status()).isEqualTo(201);
        assertThat(leadTime(path)).as("this week booked to its share: the next one, though a slot is left").isEqualTo(14);
    }

    private int leadTime(String path) {
        return api.get(path).json().get("revisions").get(0).get("offers").get(0).get("leadTimeDays").asInt();
    }
}
