package org.openspacemakers.marketplace.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openspacemakers.marketplace.order.OrderRequests.boards;
import static org.openspacemakers.marketplace.order.OrderRequests.key;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.openspacemakers.marketplace.coretest.Race;
import org.springframework.jdbc.core.JdbcTemplate;

/** Buyers racing for a team's last slots or boards, for the tests that show nothing is oversold. */
final class Racers {

    private Racers() {
    }

    /** Buyers written straight to the database: 200 slow password hashes would cost the suite seconds for nothing. */
    static List<UUID> accounts(JdbcTemplate jdbc, int count) {
        List<UUID> buyers = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            UUID id = UUID.randomUUID();
            buyers.add(id);
            rows.add(new Object[] {id.toString(), "racer-" + id + "@test.example"});
        }
        jdbc.batchUpdate("INSERT INTO users (id, version, email, password_hash, display_name, created_at)"
                + " VALUES (?, 0, ?, '{noop}unused', 'Racer', CURRENT_TIMESTAMP(6))", rows);
        return buyers;
    }

    /** Each buyer orders one board of the offer, all at once. */
    static List<Race.Outcome<Placement>> raceFor(Orders orders, List<UUID> buyers, UUID offerId) throws Exception {
        List<Callable<Placement>> placements = new ArrayList<>();
        for (UUID buyer : buyers) {
            placements.add(() -> orders.place(boards(buyer, key(), offerId, 1)));
        }
        return Race.run(placements);
    }

    /** Exactly so many placed an order; every other racer was refused, or told the store was busy. */
    static void assertWon(List<Race.Outcome<Placement>> outcomes, int winners) {
        assertThat(outcomes).filteredOn(Race.Outcome::succeeded).as(Race.describe(outcomes)).hasSize(winners);
        assertThat(outcomes).filteredOn(outcome -> !outcome.succeeded())
                .allSatisfy(outcome -> assertThat(outcome.failure()).isInstanceOfAny(OrderRefused.class, PlacementBusy.class));
    }

    /** The team's own count of the boards in its queue. */
    static int queued(JdbcTemplate jdbc, UUID teamId) {
        return jdbc.queryForObject("SELECT queued_boards FROM teams WHERE id = ?", Integer.class, teamId.toString());
    }
}
