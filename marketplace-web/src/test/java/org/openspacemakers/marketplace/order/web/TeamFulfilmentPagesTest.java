package org.openspacemakers.marketplace.order.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openspacemakers.marketplace.support.OrderBodies.orderBody;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openspacemakers.marketplace.account.Role;
import org.openspacemakers.marketplace.fixtures.Credentials;
import org.openspacemakers.marketplace.fixtures.Fixtures;
import org.openspacemakers.marketplace.support.Api;
import org.openspacemakers.marketplace.support.MarketplaceTest;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The team fulfils orders over HTTP, through its pages and the API: its queue with due dates, each
 * move of an order with the form's errors next to their fields, units with serial numbers that the
 * buyer then sees with the carrier and tracking number, and the assembly-only checklist whose
 * missing parts the buyer is shown. Nobody else reaches an order's fulfilment.
 */
@MarketplaceTest
class TeamFulfilmentPagesTest {

    @Autowired
    Api api;
    @Autowired
    Fixtures fixtures;

    @Test
    void theTeamFulfilsAFullKitThroughItsPagesAndTheBuyerSeesTheSerialsAndTheTrackingNumber() {
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        Credentials buyer = fixtures.user(Role.BUYER);
        String order = paidOrder(buyer, listing.fullKit().id(), 2);
        Api.Session maker = api.signIn(listing.maker());
        String page = "/teams/" + listing.team().slug() + "/orders/" + order;

        String queue = api.get("/teams/" + listing.team().slug() + "/orders?lang=en", maker.headers()).body();
        Instant paidAt = Instant.parse(api.get("/api/v1/orders/" + order, buyer).json().get("paidAt").asString());
        assertThat(queue).contains("data-order=\"" + order + "\"")
                .contains(DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC).format(paidAt.plusSeconds(7 * 86_400)));
        assertThat(api.get(page + "?lang=en", maker.headers()).body()).contains("id=\"start-assembly\"");
        Api.Answer started = api.submit(maker, page + "/assembly?lang=en", Map.of());
        assertThat(started.status()).isEqualTo(302);
        assertThat(follow(started, maker)).contains("The assembly has started.");

        Api.Answer blank = api.submit(maker, page + "/units?lang=en", Map.of("lineNo", "0", "firmwareVersion", " "));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.body()).containsPattern("(?s)name=\"firmwareVersion\"[^>]*>\\s*<p class=\"field-error\">is required</p>")
                .containsPattern("(?s)value=\"FAILED\"[^>]*>.{0,200}</label>\\s*<p class=\"field-error\">is required</p>");
        assertThat(units(buyer, order)).isEmpty();

        Api.Answer untested = api.submit(maker, page + "/tested?lang=en", Map.of());
        assertThat(untested.status()).isEqualTo(409);
        assertThat(untested.body()).contains("2 board(s) of this order have no unit whose last functional test passed");

        Api.Answer recorded = api.submit(maker, page + "/units?lang=en", unit("0", "fw 1.4", "PASSED"));
        assertThat(recorded.status()).isEqualTo(302);
        assertThat(follow(recorded, maker)).containsPattern("Unit BOARD-1\\.0-\\d{5} recorded");
        assertThat(api.submit(maker, page + "/units?lang=en", unit("0", "fw 1.4", "PASSED")).status()).isEqualTo(302);
        assertThat(api.submit(maker, page + "/tested?lang=en", Map.of()).status()).isEqualTo(302);

        Api.Answer noTracking = api.submit(maker, page + "/shipment?lang=en", Map.of("carrier", "La Poste", "trackingNumber", ""));
        assertThat(noTracking.status()).isEqualTo(400);
        assertThat(noTracking.body()).containsPattern("(?s)name=\"trackingNumber\"[^>]*>\\s*<p class=\"field-error\">is required</p>");
        assertThat(status(buyer, order)).isEqualTo("TESTED");
        assertThat(api.submit(maker, page + "/shipment?lang=en", Map.of("carrier", "La Poste", "trackingNumber", "6A12345678901"))
                .status()).isEqualTo(302);

        String buyerPage = api.get("/orders/" + order + "?lang=en", api.signIn(buyer).headers()).body();
        assertThat(buyerPage).contains("id=\"tracking-number\">6A12345678901<").contains(">La Poste<");
        units(buyer, order).forEach(serial -> assertThat(buyerPage).contains(">" + serial + "<"));
        assertThat(api.submit(maker, page + "/delivered?lang=en", Map.of()).status()).isEqualTo(302);
        assertThat(status(buyer, order)).isEqualTo("DELIVERED");
    }

    @Test
    void theTeamEntersTheMinutesAUnitTookWhichItsOrderPageShowsAndBadMinutesAreNamed() {
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        Credentials buyer = fixtures.user(Role.BUYER);
        String order = paidOrder(buyer, listing.fullKit().id(), 1);
        Api.Session maker = api.signIn(listing.maker());
        String page = "/teams/" + listing.team().slug() + "/orders/" + order;
        assertThat(api.submit(maker, page + "/assembly?lang=en", Map.of()).status()).isEqualTo(302);

        Map<String, String> bad = new LinkedHashMap<>(unit("0", "fw 1.4", "FAILED"));
        bad.put("assemblyMinutes", "an hour");
        bad.put("testMinutes", "1441");
        Api.Answer refused = api.submit(maker, page + "/units?lang=en", bad);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).containsPattern("(?s)name=\"assemblyMinutes\"[^>]*>\\s*<p class=\"field-error\">is a whole number</p>")
                .containsPattern("(?s)name=\"testMinutes\"[^>]*>\\s*<p class=\"field-error\">is at most 1,440</p>");
        assertThat(units(buyer, order)).isEmpty();

        Map<String, String> timed = new LinkedHashMap<>(unit("0", "fw 1.4", "FAILED"));
        timed.put("assemblyMinutes", "40");
        timed.put("testMinutes", "15");
        assertThat(api.submit(maker, page + "/units?lang=en", timed).status()).isEqualTo(302);
        String serial = units(buyer, order).get(0);
        Map<String, String> retest = new LinkedHashMap<>(unit("0", "fw 1.4", "PASSED"));
        retest.put("serial", serial);
        retest.put("assemblyMinutes", "5");
        retest.put("testMinutes", "");
        assertThat(api.submit(maker, page + "/units/tests?lang=en", retest).status()).isEqualTo(302);

        assertThat(api.get(page + "?lang=en", maker.headers()).body()).containsPattern("(?s)class=\"unit-minutes\">\\s*45 \\+ 15\\s*<");
        JsonNode unit = api.get("/api/v1/orders/" + order + "/units/" + serial, listing.maker()).json();
        assertThat(unit.get("assemblyMinutes").asInt()).isEqualTo(45);
        assertThat(unit.get("testMinutes").asInt()).isEqualTo(15);
    }

    @Test
    void unitsThroughTheApiGetTheirSerialAndTheOrderIsNotTestedWithoutThem() {
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        Credentials buyer = fixtures.user(Role.BUYER);
        String order = paidOrder(buyer, listing.fullKit().id(), 2);
        String units = "/api/v1/orders/" + order + "/units";
        String passed = "{\"lineNo\":0,\"firmwareVersion\":\"2.1.0\",\"result\":\"PASSED\",\"notes\":\"21.4 C\"}";

        Api.Answer early = api.post(units, listing.maker(), passed);
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.codes("reasons")).containsExactly("INVALID_STATE");
        assertThat(api.post("/api/v1/orders/" + order + "/assembly/start", listing.maker(), null).status()).isEqualTo(200);
        Api.Answer invalid = api.post(units, listing.maker(), "{\"lineNo\":0,\"firmwareVersion\":\"\",\"result\":\"MAYBE\"}");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(api.post(units, listing.maker(), "{\"lineNo\":3,\"firmwareVersion\":\"1\",\"result\":\"PASSED\"}")
                .codes("errors")).containsExactly("lineNo");
        assertThat(api.post(units, buyer, passed).status()).as("the buyer is not the team").isEqualTo(404);

        Api.Answer first = api.post(units, listing.maker(), passed);
        assertThat(first.status()).isEqualTo(201);
        String serial = first.json().get("serial").asString();
        assertThat(serial).matches("BOARD-1\\.0-\\d{5}");
        assertThat(first.header("Location")).isEqualTo(units + "/" + serial);
        assertThat(first.json().get("bomHash").asString()).hasSize(64);
        Api.Answer failed = api.post(units, listing.maker(),
                "{\"lineNo\":0,\"firmwareVersion\":\"2.1.0\",\"result\":\"FAILED\",\"notes\":\"no reading\"}");
        Api.Answer tested = api.post("/api/v1/orders/" + order + "/tested", listing.maker(), null);
        assertThat(tested.status()).isEqualTo(409);
        assertThat(tested.codes("reasons")).containsExactly("INVALID_STATE");
        assertThat(tested.json().get("detail").asString()).contains("1 board(s)");

        Api.Answer retested = api.post(units + "/" + failed.json().get("serial").asString() + "/tests", listing.maker(),
                "{\"firmwareVersion\":\"2.1.1\",\"result\":\"PASSED\",\"notes\":\"resoldered J1\"}");
        assertThat(retested.status()).isEqualTo(200);
        assertThat(retested.json().get("tests")).hasSize(2);
        assertThat(api.post("/api/v1/orders/" + order + "/tested", listing.maker(), null).json().get("status").asString())
                .isEqualTo("TESTED");
        JsonNode seen = api.get(units, buyer).json();
        assertThat(seen).hasSize(2);
        assertThat(api.get(units, fixtures.user(Role.BUYER)).status()).isEqualTo(404);
    }

    @Test
    void anotherTeamAndTheBuyerFindNoTeamPageForTheOrder() {
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        Fixtures.Listing other = fixtures.approvedListing("FR");
        Credentials buyer = fixtures.user(Role.BUYER);
        String order = paidOrder(buyer, listing.fullKit().id(), 1);
        Api.Session stranger = api.signIn(other.maker());

        assertThat(api.get("/teams/" + other.team().slug() + "/orders/" + order, stranger.headers()).status()).isEqualTo(404);
        assertThat(api.get("/teams/" + listing.team().slug() + "/orders/" + order, stranger.headers()).status()).isEqualTo(404);
        assertThat(api.submit(stranger, "/teams/" + other.team().slug() + "/orders/" + order + "/assembly", Map.of()).status())
                .isEqualTo(404);
        assertThat(status(buyer, order)).isEqualTo("PAID");
    }

    @Test
    void theTeamTicksTheBuyersPartsAndTheBuyerIsShownWhatIsMissing() {
        Fixtures.AssemblyOnlyListing listing = fixtures.approvedAssemblyOnlyListing("FR");
        Credentials buyer = fixtures.user(Role.BUYER);
        String order = paidOrder(buyer, listing.assemblyOnly().id(), 1);
        assertThat(status(buyer, order)).isEqualTo("AWAITING_PARTS");
        Api.Session maker = api.signIn(listing.listing().maker());
        String page = "/teams/" + listing.listing().team().slug() + "/orders/" + order;
        assertThat(api.get(page + "?lang=en", maker.headers()).body()).contains("data-references=\"R1 R2\"")
                .contains("data-references=\"U1\"");

        Map<String, String> ticks = rows();
        ticks.put("parts[0].status", "RECEIVED");
        ticks.put("parts[0].receivedMpn", "GRM188R61A475KE15D");
        Api.Answer wrongMpn = api.submit(maker, page + "/parts?lang=en", ticks);
        assertThat(wrongMpn.status()).isEqualTo(400);
        assertThat(wrongMpn.body()).containsPattern("(?s)name=\"parts\\[0]\\.receivedMpn\"[^>]*>\\s*"
                + "<p class=\"field-error\">is not a part number the approved BOM accepts there \\(RC0603FR-0710KL\\)</p>");

        ticks.put("parts[0].receivedMpn", "RC0603FR-0710KL");
        ticks.put("parts[1].status", "MISSING");
        ticks.put("parts[1].note", "not in the parcel");
        assertThat(api.submit(maker, page + "/parts?lang=en", ticks).status()).isEqualTo(302);
        assertThat(status(buyer, order)).isEqualTo("AWAITING_PARTS");
        String buyerPage = api.get("/orders/" + order + "?lang=en", api.signIn(buyer).headers()).body();
        assertThat(buyerPage).contains("id=\"parts-problems\"").contains("U1 (MAX31856MUD+T): missing").contains("not in the parcel");

        Map<String, String> rest = rows();
        rest.put("parts[1].status", "RECEIVED");
        assertThat(api.submit(maker, page + "/parts?lang=en", rest).status()).isEqualTo(302);
        assertThat(status(buyer, order)).isEqualTo("PARTS_RECEIVED");
        JsonNode checklist = api.get("/api/v1/orders/" + order + "/parts-check", buyer).json();
        assertThat(checklist.get(1).get("status").asString()).isEqualTo("RECEIVED");
        JsonNode history = api.get("/api/v1/orders/" + order, buyer).json().get("history");
        assertThat(history.valueStream().map(step -> step.get("event").asString()))
                .containsSubsequence("AWAITING_PARTS", "PARTS_PROBLEM", "PARTS_RECEIVED");
    }

    /** The page a form's answer sends the browser back to, with what was done. */
    private String follow(Api.Answer redirect, Api.Session session) {
        return api.get(redirect.header("Location").replaceFirst("^https?://[^/]+", ""), session.headers()).body();
    }

    /** The hidden fields of the checklist's two rows (SMALL_BOM: R1 R2, then U1), nothing ticked. */
    private static Map<String, String> rows() {
        Map<String, String> rows = new LinkedHashMap<>();
        for (int i = 0; i < 2; i++) {
            rows.put("parts[" + i + "].lineNo", "0");
            rows.put("parts[" + i + "].itemNo", String.valueOf(i));
        }
        return rows;
    }

    private static Map<String, String> unit(String lineNo, String firmware, String result) {
        return Map.of("lineNo", lineNo, "firmwareVersion", firmware, "result", result, "notes", "");
    }

    private String paidOrder(Credentials buyer, UUID offer, int boards) {
        String order = api.placeOrder(buyer, UUID.randomUUID().toString(), orderBody(offer, boards, "FR")).json().get("id")
                .asString();
        assertThat(api.post("/api/v1/orders/" + order + "/bank-transfer/confirm", fixtures.user(Role.ADMIN), null).status())
                .isEqualTo(200);
        return order;
    }

    private java.util.List<String> units(Credentials buyer, String order) {
        return api.get("/api/v1/orders/" + order + "/units", buyer).json().valueStream()
                .map(unit -> unit.get("serial").asString()).toList();
    }

    private String status(Credentials buyer, String order) {
        return api.get("/api/v1/orders/" + order, buyer).json().get("status").asString();
    }
}
