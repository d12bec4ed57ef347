package org.openspacemakers.marketplace.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openspacemakers.marketplace.account.Role;
import org.openspacemakers.marketplace.fixtures.Credentials;
import org.openspacemakers.marketplace.fixtures.Fixtures;
import org.openspacemakers.marketplace.support.BrowserJourney;
import org.openspacemakers.marketplace.support.MarketplaceTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The assembly-only path in a real browser: a buyer orders a board assembly-only, an administrator
 * confirms the bank transfer (through the API), the buyer downloads the parts file and reads where
 * to send the parts; the maker ticks the parts received, assembles, records the unit with its test,
 * marks the order tested and ships it; the buyer sees the tracking number and the unit's serial.
 */
@MarketplaceTest
class AssemblyOnlyJourneyBrowserTest extends BrowserJourney {

    @Autowired
    Fixtures fixtures;

    @Test
    void aBuyerSuppliesThePartsAndTheTeamAssemblesTestsAndShipsTheBoard() throws IOException {
        Fixtures.AssemblyOnlyListing listing = fixtures.approvedAssemblyOnlyListing("FR");
        Credentials maker = listing.listing().maker();
        String team = listing.listing().team().slug();
        assertThat(api.put("/api/v1/teams/" + team + "/workshop", maker,
                "{\"address\":\"Atelier des Makers, 3 rue des Fers, 31000 Toulouse\"}").status()).isEqualTo(200);
        Credentials buyer = fixtures.user(Role.BUYER);

        browser.signIn(buyer.email(), buyer.password());
        browser.open("/boards/" + listing.listing().board().slug() + "?lang=en&country=FR");
        WebElement assemblyOnly = browser.waitFor(By.id("offer-ASSEMBLY_ONLY"));
        assertThat(assemblyOnly.getText()).contains("Can be ordered to France");
        browser.clickAndLoad(assemblyOnly.findElement(By.className("order-link")));
        assertThat(browser.waitFor(By.id("supplied-parts-0")).getText()).contains("R1 R2").contains("U1");
        browser.find(By.id("name")).sendKeys("Ada Lovelace");
        browser.find(By.id("line1")).sendKeys("1 rue de la Paix");
        browser.find(By.id("postalCode")).sendKeys("75002");
        browser.find(By.id("city")).sendKeys("Paris");
        browser.clickAndLoad(browser.find(By.id("update-summary")));
        browser.waitFor(By.id("summary-total"));
        browser.find(By.cssSelector("input[name=termsAccepted][type=checkbox]")).click();
        browser.find(By.cssSelector("input[name=assemblyServiceConsent][type=checkbox]")).click();
        browser.clickAndLoad(browser.find(By.id("place-order")));
        browser.waitFor(By.id("order-placed"));
        String orderPath = browser.currentUrl().replaceAll("^https?://[^/]+", "").replaceAll("\\?.*", "");
        String order = orderPath.substring("/orders/".length());

        assertThat(api.post("/api/v1/orders/" + order + "/bank-transfer/confirm", fixtures.user(Role.ADMIN), null).status())
                .isEqualTo(200);

        browser.open(orderPath + "?lang=en");
        assertThat(browser.find(By.id("order-status")).getText()).isEqualTo("Paid, awaiting your parts at the workshop");
        assertThat(browser.find(By.id("workshop-address")).getText()).contains("3 rue des Fers, 31000 Toulouse");
        String reference = browser.find(By.id("parcel-reference")).getText();
        assertThat(reference).startsWith("OSM-").endsWith(order);
        List<String> parts = Files.readAllLines(browser.download(browser.find(By.id("parts-file")),
                "parts-" + reference.substring(0, reference.indexOf(' ')) + ".csv"), StandardCharsets.UTF_8);
        assertThat(parts).containsExactly(
                "\"Manufacturer\",\"Manufacturer Part Number\",\"Quantity\",\"Customer Reference\",\"Description\","
                        + "\"Reference Designators\"",
                "\"Yageo\",\"RC0603FR-0710KL\",\"3\",\"" + order + "\",\"10k R_0603\",\"R1 R2\"",
                "\"Analog Devices\",\"MAX31856MUD+T\",\"1\",\"" + order + "\",\"MAX31856 SSOP-14\",\"U1\"");
        browser.clickAndLoad(browser.find(By.id("sign-out")));

        browser.signIn(maker.email(), maker.password());
        browser.clickAndLoad(browser.find(By.id("nav-teams")));
        browser.clickAndLoad(browser.waitFor(By.id("team-" + team)));
        browser.clickAndLoad(browser.waitFor(By.id("team-orders")));
        WebElement queued = browser.waitFor(By.cssSelector("#team-queue tr[data-order='" + order + "']"));
        assertThat(queued.findElement(By.className("due")).getText()).matches("\\d{4}-\\d{2}-\\d{2}");
        browser.clickAndLoad(queued.findElement(By.className("team-order-link")));

        for (WebElement received : browser.waitFor(By.id("parts-checklist"))
                .findElements(By.cssSelector("input[type=radio][data-status=RECEIVED]"))) {
            received.click();
        }
        browser.clickAndLoad(browser.find(By.id("check-parts")));
        assertThat(browser.waitFor(By.id("order-status")).getText()).isEqualTo("Parts received");
        browser.clickAndLoad(browser.find(By.id("start-assembly")));
        assertThat(browser.waitFor(By.id("order-status")).getText()).isEqualTo("In assembly");

        String serial = recordOnePassedUnitAndMarkTested();

        browser.find(By.id("carrier")).sendKeys("Colissimo");
        browser.find(By.id("trackingNumber")).sendKeys("6A20003345671");
        browser.find(By.id("leftoverParts")).sendKeys("1 x RC0603FR-0710KL (spare)");
        browser.clickAndLoad(browser.find(By.id("ship")));
        assertThat(browser.waitFor(By.id("order-status")).getText()).isEqualTo("Shipped");
        browser.clickAndLoad(browser.find(By.id("sign-out")));

        browser.signIn(buyer.email(), buyer.password());
        browser.open(orderPath + "?lang=en");
        assertThat(browser.waitFor(By.id("tracking-number")).getText()).isEqualTo("6A20003345671");
        assertThat(browser.find(By.id("shipment")).getText()).contains("Colissimo");
        assertThat(browser.find(By.id("order-leftover")).getText()).isEqualTo("1 x RC0603FR-0710KL (spare)");
        assertThat(browser.find(By.id("order-units")).getText()).contains(serial).contains("tc-fw 2.3.1");
        assertThat(browser.find(By.id("guarantee-assembly-only")).getText()).contains("not for the parts you supplied");
    }
}
