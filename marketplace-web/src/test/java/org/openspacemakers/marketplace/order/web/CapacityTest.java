package org.openspacemakers.marketplace.order.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openspacemakers.marketplace.support.OrderBodies.orderBody;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.openspacemakers.marketplace.account.Role;
import org.openspacemakers.marketplace.catalog.Teams;
import org.openspacemakers.marketplace.fixtures.Credentials;
import org.openspacemakers.marketplace.fixtures.Fixtures;
import org.openspacemakers.marketplace.support.Api;
import org.openspacemakers.marketplace.support.MarketplaceTest;
import org.springframework.beans.factory.annotation.Autowired;

/** A team's assembly slots never oversell, whatever the orders racing for them. */
@MarketplaceTest
class CapacityTest {

    @Autowired
    Api api;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Teams teams;

    @Test
    void concurrentOrdersTakeExactlyTheSlotsOnSaleAndTheRestAreRefused() throws Exception {
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        teams.changeCapacity(listing.maker().id(), listing.team().slug(), 3, 1);
        int buyers = 12;
        List<Credentials> people = new ArrayList<>();
        for (int i = 0; i < buyers; i++) {
            people.add(fixtures.user(Role.BUYER));
        }
        CountDownLatch ready = new CountDownLatch(buyers);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(buyers);
        List<Integer> statuses = new ArrayList<>();
        List<String> refusals = new ArrayList<>();
        try {
            List<Future<Api.Answer>> answers = new ArrayList<>();
            for (Credentials buyer : people) {
                answers.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return api.placeOrder(buyer, UUID.randomUUID().toString(), orderBody(listing.fullKit().id(), 1, "FR"));
                }));
            }
            ready.await();
            go.countDown();
            for (Future<Api.Answer> future : answers) {
                Api.Answer answer = future.get();
                statuses.add(answer.status());
                if (answer.status() == 409) {
                    refusals.addAll(answer.codes("reasons"));
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(statuses).filteredOn(s -> s == 201).hasSize(3);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(buyers - 3);
        assertThat(refusals).containsOnly("CAPACITY_EXHAUSTED");
    }

    @Test
    void theLeadTimeGrowsWithTheQueue() {
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        teams.changeCapacity(listing.maker().id(), listing.team().slug(), 2, 8);
        String path = "/api/v1/boards/" + listing.board().slug();
        assertThat(leadTime(path)).isEqualTo(7);
        Credentials buyer = fixtures.user(Role.BUYER);
        assertThat(api.placeOrder(buyer, UUID.randomUUID().toString(), orderBody(listing.fullKit().id(), 3, "FR")).status())
                .isEqualTo(201);
        assertThat(leadTime(path)).isEqualTo(14);
    }

    private int leadTime(String path) {
        return api.get(path).json().get("revisions").get(0).get("offers").get(0).get("leadTimeDays").asInt();
    }
}
