package org.openspacemakers.marketplace.order.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openspacemakers.marketplace.support.OrderBodies.orderBody;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openspacemakers.marketplace.account.Role;
import org.openspacemakers.marketplace.fixtures.Credentials;
import org.openspacemakers.marketplace.fixtures.Fixtures;
import org.openspacemakers.marketplace.support.Api;
import org.openspacemakers.marketplace.support.MarketplaceTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The assembly-only buyer's parts file, over HTTP: a distributor's BOM upload with the order's
 * quantities, spares for small passives (10 % rounded up, at least one), the order's id as customer
 * reference; shown on the order page with the workshop's address and the parcel's reference; cells
 * a spreadsheet would run are defused; nobody else gets it.
 */
@MarketplaceTest
class PartsFileTest {

    /** A BOM whose cells a spreadsheet would take for formulas, every part still named by its MPN. */
    private static final String FORMULA_BOM = """
            Reference,Value,Footprint,Quantity,Manufacturer,MPN
            "R1,R2",=1+2,R_0603,2,@Yageo,-RC0603FR-0710KL
            U1,"=HYPERLINK(""http://x.example"")",SSOP-14,1,Analog Devices,+MAX31856MUD+T
            """;

    @Autowired
    Api api;
    @Autowired
    Fixtures fixtures;

    @Test
    void theBuyerDownloadsThePartsToOrderWithSparesForSmallPassivesAndTheOrderAsReference() {
        Fixtures.AssemblyOnlyListing listing = fixtures.approvedAssemblyOnlyListing("FR");
        assertThat(api.put("/api/v1/teams/" + listing.listing().team().slug() + "/workshop", listing.listing().maker(),
                "{\"address\":\"Atelier, 3 rue des Fers, 31000 Toulouse\"}").status()).isEqualTo(200);
        Credentials buyer = fixtures.user(Role.BUYER);
        String order = api.placeOrder(buyer, UUID.randomUUID().toString(), orderBody(listing.assemblyOnly().id(), 2, "FR"))
                .json().get("id").asString();
        String reference = api.get("/api/v1/orders/" + order, buyer).json().get("paymentReference").asString();
        Api.Session session = api.signIn(buyer);

        Api.Answer file = api.get("/orders/" + order + "/parts.csv", session.headers());

        assertThat(file.status()).isEqualTo(200);
        assertThat(file.header("Content-Type")).startsWith("text/csv").contains("UTF-8");
        assertThat(file.header("Content-Disposition")).startsWith("attachment").contains("parts-" + reference + ".csv");
        assertThat(file.body().split("\r\n")).containsExactly(
                "\"Manufacturer\",\"Manufacturer Part Number\",\"Quantity\",\"Customer Reference\",\"Description\","
                        + "\"Reference Designators\"",
                "\"Yageo\",\"RC0603FR-0710KL\",\"5\",\"" + order + "\",\"10k R_0603\",\"R1 R2\"",
                "\"Analog Devices\",\"MAX31856MUD+T\",\"2\",\"" + order + "\",\"MAX31856 SSOP-14\",\"U1\"");
        assertThat(api.get("/api/v1/orders/" + order + "/parts.csv", buyer).body()).isEqualTo(file.body());

        String page = api.get("/orders/" + order + "?lang=en", session.headers()).body();
        assertThat(page).contains("href=\"/orders/" + order + "/parts.csv\"")
                .contains("id=\"workshop-address\"><span>Atelier, 3 rue des Fers, 31000 Toulouse</span>")
                .contains("id=\"parcel-reference\">" + reference + " — " + order + "<");
    }

    @Test
    void cellsASpreadsheetWouldRunAreDefused() {
        Fixtures.AssemblyOnlyListing listing = fixtures.approvedAssemblyOnlyListingWithBom(FORMULA_BOM, "FR");
        Credentials buyer = fixtures.user(Role.BUYER);
        String order = api.placeOrder(buyer, UUID.randomUUID().toString(), orderBody(listing.assemblyOnly().id(), 1, "FR"))
                .json().get("id").asString();

        List<String> rows = List.of(api.get("/api/v1/orders/" + order + "/parts.csv", buyer).body().split("\r\n"));

        assertThat(rows).hasSize(3);
        assertThat(rows.get(1)).isEqualTo("\"'@Yageo\",\"'-RC0603FR-0710KL\",\"3\",\"" + order + "\",\"'=1+2 R_0603\",\"R1 R2\"");
        assertThat(rows.get(2)).isEqualTo("\"Analog Devices\",\"'+MAX31856MUD+T\",\"1\",\"" + order
                + "\",\"'=HYPERLINK(\"\"http://x.example\"\") SSOP-14\",\"U1\"");
    }

    @Test
    void someoneElsesOrderAndAFullKitHaveNoPartsFile() {
        Fixtures.AssemblyOnlyListing listing = fixtures.approvedAssemblyOnlyListing("FR");
        Credentials buyer = fixtures.user(Role.BUYER);
        String order = api.placeOrder(buyer, UUID.randomUUID().toString(), orderBody(listing.assemblyOnly().id(), 1, "FR"))
                .json().get("id").asString();
        String fullKit = api.placeOrder(buyer, UUID.randomUUID().toString(), orderBody(listing.listing().fullKit().id(), 1, "FR"))
                .json().get("id").asString();
        Credentials stranger = fixtures.user(Role.BUYER);

        assertThat(api.get("/api/v1/orders/" + order + "/parts.csv", stranger).status()).isEqualTo(404);
        assertThat(api.get("/orders/" + order + "/parts.csv", api.signIn(stranger).headers()).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/orders/" + fullKit + "/parts.csv", buyer).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/orders/" + order + "/parts.csv", listing.listing().maker()).status())
                .as("the team sees what it will receive").isEqualTo(200);
        assertThat(api.get("/api/v1/orders/" + order + "/parts.csv").status()).isEqualTo(401);
    }
}
