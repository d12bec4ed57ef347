package org.openspacemakers.marketplace.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openspacemakers.marketplace.support.OrderBodies.orderBody;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openspacemakers.marketplace.account.Role;
import org.openspacemakers.marketplace.fixtures.Fixtures;
import org.openspacemakers.marketplace.support.Api;
import org.openspacemakers.marketplace.support.MarketplaceTest;
import org.openspacemakers.marketplace.support.TravellingClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A team pauses taking orders from its dashboard: the product page and the API show the day it
 * takes them again instead of a lead time, orders are refused naming it, and on that day all is as
 * before without anyone doing anything. The dashboard shows the load of the coming weeks, the
 * administrators every team's.
 */
@MarketplaceTest
class VolunteerLoadTest {

    @Autowired
    Api api;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TravellingClock clock;

    @AfterEach
    void backToNow() {
        clock.backToNow();
    }

    @Test
    void aPausedTeamsOffersShowTheDayInsteadOfALeadTimeTakeNoOrderAndThePauseEndsOnItsDay() {
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        Api.Session maker = api.signIn(listing.maker());
        String page = "/boards/" + listing.board().slug() + "?country=FR&lang=en";
        assertThat(api.get(page).body()).contains("order-link").contains("7 days");
        LocalDate until = today().plusDays(10);

        Api.Answer paused = api.submit(maker, "/teams/" + listing.team().slug() + "/pause?lang=en",
                Map.of("pausedUntil", until.toString()));

        assertThat(paused.status()).isEqualTo(302);
        assertThat(api.get(page).body()).as("the kept page changed with the team")
                .contains("Orders paused until " + until).contains("takes no order until " + until)
                .doesNotContain("order-link").doesNotContain("7 days");
        assertThat(fullKit(listing).get("pausedUntil").asString()).isEqualTo(until.toString());
        Api.Answer refused = api.placeOrder(fixtures.user(Role.BUYER), UUID.randomUUID().toString(),
                orderBody(listing.fullKit().id(), 1, "FR"));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.codes("reasons")).containsExactly("TEAM_PAUSED");
        assertThat(refused.body()).contains("takes no order until " + until);
        Api.Session buyer = api.signIn(fixtures.user(Role.BUYER));
        String checkout = "/orders/new?lang=en&country=FR&offer=" + listing.fullKit().id();
        assertThat(api.get(checkout, buyer.headers()).body()).as("the checkout's summary gives the day, not a lead time")
                .contains("id=\"summary-paused\"", "takes no order until " + until).doesNotContain("id=\"summary-lead-time\"");
        String dashboard = api.get("/teams/" + listing.team().slug() + "?lang=en", maker.headers()).body();
        assertThat(dashboard).contains("The team takes no order until " + until).contains("id=\"resume\"")
                .contains("Paused until " + until + " by Test MAKER");

        clock.travelTo(until);

        assertThat(api.get(page).body()).as("no job, no new version: the day decides")
                .contains("order-link").contains("7 days").doesNotContain("Orders paused");
        assertThat(fullKit(listing).has("pausedUntil")).isFalse();
        assertThat(api.get(checkout, buyer.headers()).body()).contains("id=\"summary-lead-time\"")
                .doesNotContain("id=\"summary-paused\"");
        assertThat(api.placeOrder(fixtures.user(Role.BUYER), UUID.randomUUID().toString(),
                orderBody(listing.fullKit().id(), 1, "FR")).status()).isEqualTo(201);
    }

    @Test
    void resumingEarlyTakesOrdersAgainAtOnce() {
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        Api.Session maker = api.signIn(listing.maker());
        String team = "/teams/" + listing.team().slug();
        assertThat(follow(api.submit(maker, team + "/pause?lang=en", Map.of("pausedUntil", today().plusDays(30).toString())),
                maker)).contains("The team takes no order until the day given.");
        assertThat(fullKit(listing).has("pausedUntil")).isTrue();

        String resumed = follow(api.submit(maker, team + "/resume?lang=en", Map.of()), maker);

        assertThat(resumed).contains("The team takes orders again.").contains("The team takes orders.")
                .contains("Resumed by Test MAKER");
        assertThat(fullKit(listing).has("pausedUntil")).isFalse();
        assertThat(api.get("/boards/" + listing.board().slug() + "?country=FR&lang=en").body()).contains("order-link");
        assertThat(follow(api.submit(maker, team + "/resume?lang=en", Map.of()), maker))
                .as("resuming a team that is not paused").contains("The team is not paused");
    }

    @Test
    void theApiPausesAndResumesATeamAndNamesAWrongDay() {
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        String pause = "/api/v1/teams/" + listing.team().slug() + "/pause";

        Api.Answer wrong = api.put(pause, listing.maker(), "{\"pausedUntil\":\"" + today() + "\"}");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.body()).contains("\"field\":\"pausedUntil\"");
        assertThat(api.put(pause, listing.maker(), "{\"pausedUntil\":\"soon\"}").status()).isEqualTo(400);
        assertThat(api.put(pause, fixtures.approvedListing("FR").maker(), "{\"pausedUntil\":\"" + today().plusDays(2) + "\"}")
                .status()).as("another team's").isEqualTo(404);
        assertThat(fullKit(listing).has("pausedUntil")).isFalse();

        Api.Answer paused = api.put(pause, listing.maker(), "{\"pausedUntil\":\"" + today().plusDays(2) + "\"}");
        assertThat(paused.status()).isEqualTo(200);
        assertThat(paused.json().get("pausedUntil").asString()).isEqualTo(today().plusDays(2).toString());
        assertThat(fullKit(listing).get("pausedUntil").asString()).isEqualTo(today().plusDays(2).toString());

        Api.Answer resumed = api.call("DELETE", pause, listing.maker(), Map.of());
        assertThat(resumed.status()).isEqualTo(200);
        assertThat(resumed.json().has("pausedUntil")).isFalse();
        assertThat(api.call("DELETE", pause, listing.maker(), Map.of()).status()).isEqualTo(409);
    }

    @Test
    void aWrongDayIsNamedOnTheDashboardAndChangesNothing() {
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        Api.Session maker = api.signIn(listing.maker());
        String pause = "/teams/" + listing.team().slug() + "/pause?lang=en";

        assertThat(follow(api.submit(maker, pause, Map.of("pausedUntil", "next week")), maker))
                .contains("pausedUntil: is a date written yyyy-MM-dd");
        assertThat(follow(api.submit(maker, pause, Map.of()), maker)).contains("pausedUntil: is required");
        assertThat(follow(api.submit(maker, pause, Map.of("pausedUntil", today().toString())), maker))
                .contains("pausedUntil: is a day from " + today().plusDays(1) + " to " + today().plusMonths(6));
        assertThat(follow(api.submit(maker, pause, Map.of("pausedUntil", today().plusMonths(7).toString())), maker))
                .contains("pausedUntil: is a day from");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM teams WHERE id = ? AND paused_until IS NULL", Integer.class,
                listing.team().id().toString())).isEqualTo(1);
        assertThat(api.submit(api.signIn(fixtures.approvedListing("FR").maker()), pause,
                Map.of("pausedUntil", today().plusDays(3).toString())).status()).as("another team's").isEqualTo(404);
        assertThat(fullKit(listing).has("pausedUntil")).isFalse();
    }

    @Test
    void theDashboardShowsTheLoadOfTheComingWeeksAndTheAdministratorsEveryTeams() {
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        Api.Session maker = api.signIn(listing.maker());
        String team = "/teams/" + listing.team().slug();
        api.submit(maker, team + "/capacity", Map.of("weeklyCapacity", "5", "horizonWeeks", "3"));
        assertThat(api.placeOrder(fixtures.user(Role.BUYER), UUID.randomUUID().toString(),
                orderBody(listing.fullKit().id(), 6, "FR")).status()).isEqualTo(201);

        String dashboard = api.get(team + "?lang=en", maker.headers()).body();

        // 5 a week, 80 % booked: 4 boards a week, so 6 boards fill this week and 2 of the next.
        String table = dashboard.substring(dashboard.indexOf("id=\"weekly-load\""), dashboard.indexOf("</table>",
                dashboard.indexOf("id=\"weekly-load\"")));
        assertThat(table.replaceAll("\\s+", "")).contains("<td>" + today() + "</td><td>4</td><td>4</td><td>5</td><td>80%</td>")
                .contains("<td>" + today().plusDays(7) + "</td><td>2</td><td>4</td><td>5</td><td>40%</td>")
                .contains("<td>" + today().plusDays(14) + "</td><td>0</td>");
        assertThat(dashboard).contains("class=\"load-chart\"").contains("up to 80 % of its capacity")
                .contains("a new order waits about 14 days");
        assertThat(dashboard).doesNotContain("style=");

        api.submit(maker, team + "/pause?lang=en", Map.of("pausedUntil", today().plusDays(5).toString()));
        String admin = api.get("/admin/teams?lang=en", api.signIn(fixtures.user(Role.ADMIN)).headers()).body();
        String row = admin.substring(admin.indexOf("data-team=\"" + listing.team().slug() + "\""));
        row = row.substring(0, row.indexOf("</tr>")).replaceAll("\\s+", " ");
        assertThat(row).contains("<td>5</td> <td>3</td> <td>6</td> <td>40 %</td>")
                .contains("paused until " + today().plusDays(5));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private String follow(Api.Answer redirect, Api.Session session) {
        assertThat(redirect.status()).isEqualTo(302);
        return api.get(redirect.header("Location").replaceFirst("^https?://[^/]+", ""), session.headers()).body();
    }

    private JsonNode fullKit(Fixtures.Listing listing) {
        JsonNode board = api.get("/api/v1/boards/" + listing.board().slug() + "?country=FR").json();
        for (JsonNode offer : board.get("revisions").get(0).get("offers")) {
            if (offer.get("kind").asString().equals("FULL_KIT")) {
                return offer;
            }
        }
        throw new AssertionError("no full kit offer in " + board);
    }
}
