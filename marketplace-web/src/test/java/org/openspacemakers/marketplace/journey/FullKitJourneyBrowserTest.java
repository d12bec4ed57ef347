package org.openspacemakers.marketplace.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openspacemakers.marketplace.account.Role;
import org.openspacemakers.marketplace.fixtures.Credentials;
import org.openspacemakers.marketplace.fixtures.Fixtures;
import org.openspacemakers.marketplace.support.BrowserJourney;
import org.openspacemakers.marketplace.support.MarketplaceTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A full kit from the cart to the buyer's door, in a real browser and through the pages only: a
 * consumer checks out to France by tracked parcel and is given the bank details and the payment
 * reference; an administrator finds the order by that reference among those awaiting payment and
 * confirms the transfer, which invoices it; the board's team assembles, records and tests the unit
 * and ships it; the buyer follows it (tracking number, serial, timeline, invoice); the team marks it
 * delivered from its list of shipped orders; the buyer, a consumer of a full kit, withdraws.
 */
@MarketplaceTest
class FullKitJourneyBrowserTest extends BrowserJourney {

    private static final String TRACKING_NUMBER = "8R41234567890";

    @Autowired
    Fixtures fixtures;

    @Test
    void aConsumersFullKitIsPaidByTransferAssembledShippedDeliveredAndCanBeWithdrawnFrom() throws IOException {
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        Credentials buyer = fixtures.user(Role.BUYER);
        Credentials admin = fixtures.user(Role.ADMIN);
        Credentials maker = listing.maker();
        String team = listing.team().slug();

        // The buyer orders one full kit through the cart, shipped by tracked parcel.
        browser.signIn(buyer.email(), buyer.password());
        browser.open("/boards/" + listing.board().slug() + "?lang=en&country=FR");
        WebElement fullKit = browser.waitFor(By.id("offer-FULL_KIT"));
        assertThat(fullKit.getText()).contains("Can be ordered to France");
        browser.clickAndLoad(fullKit.findElement(By.cssSelector(".add-to-cart button")));
        assertThat(browser.waitFor(By.id("cart-lines")).getText()).contains(listing.board().name());
        assertThat(browser.find(By.id("cart-subtotal")).getText()).isEqualTo("25.00 EUR");
        browser.clickAndLoad(browser.find(By.id("to-checkout")));

        browser.waitFor(By.id("name")).sendKeys("Ada Lovelace");
        browser.find(By.id("line1")).sendKeys("1 rue de la Paix");
        browser.find(By.id("postalCode")).sendKeys("75002");
        browser.find(By.id("city")).sendKeys("Paris");
        new Select(browser.find(By.id("country"))).selectByValue("FR");
        browser.clickAndLoad(browser.find(By.id("update-summary")));
        browser.waitFor(By.id("shipping-TRACKED")).click();
        browser.clickAndLoad(browser.find(By.id("update-summary")));
        assertThat(browser.waitFor(By.id("summary-shipping")).getText()).isEqualTo("9.90 EUR (Tracked parcel, signed for)");
        assertThat(browser.find(By.id("summary-total")).getText()).isEqualTo("34.90 EUR");
        assertThat(browser.find(By.id("withdrawal-full-kit")).isDisplayed()).isTrue();
        browser.find(By.cssSelector("input[name=termsAccepted][type=checkbox]")).click();
        WebElement order = browser.find(By.id("place-order"));
        assertThat(order.getText()).isEqualTo("Order with obligation to pay");
        browser.clickAndLoad(order);

        browser.waitFor(By.id("order-placed"));
        assertThat(browser.find(By.id("order-status")).getAttribute("data-status")).isEqualTo("AWAITING_PAYMENT");
        assertThat(browser.find(By.id("order-status")).getText()).isEqualTo("Awaiting payment");
        assertThat(browser.find(By.id("order-shipping")).getText()).isEqualTo("9.90 EUR (Tracked parcel, signed for)");
        String reference = browser.find(By.id("order-reference")).getText();
        assertThat(reference).matches("OSM-[A-Z0-9]{5}");
        assertThat(browser.find(By.id("transfer-reference")).getText()).isEqualTo(reference);
        assertThat(browser.find(By.id("transfer-amount")).getText()).isEqualTo("34.90 EUR");
        assertThat(browser.find(By.id("transfer-iban")).getText()).isNotBlank();
        assertThat(browser.find(By.id("transfer-bic")).getText()).isNotBlank();
        assertThat(browser.findAll(By.id("order-invoice"))).as("no invoice before the payment").isEmpty();
        String orderPath = browser.currentUrl().replaceAll("^https?://[^/]+", "").replaceAll("\\?.*", "");
        String orderId = orderPath.substring("/orders/".length());
        browser.clickAndLoad(browser.find(By.id("sign-out")));

        // The administrator matches the transfer's reference among the orders awaiting payment.
        browser.signIn(admin.email(), admin.password());
        browser.clickAndLoad(browser.find(By.id("nav-admin")));
        browser.clickAndLoad(browser.waitFor(By.id("to-orders")));
        WebElement status = browser.waitFor(By.id("status-filter"));
        new Select(status).selectByValue("AWAITING_PAYMENT");
        browser.submitAndLoad(status);
        List<WebElement> rows = browser.waitFor(By.id("all-orders")).findElements(By.cssSelector("tr.order-row"));
        assertThat(rows).allSatisfy(row -> assertThat(row.getAttribute("data-status")).isEqualTo("AWAITING_PAYMENT"));
        WebElement awaiting = rows.stream()
                .filter(row -> row.findElement(By.tagName("code")).getText().equals(reference))
                .findFirst().orElseThrow(() -> new AssertionError("the order " + reference + " awaits payment"));
        browser.clickAndLoad(awaiting.findElement(By.tagName("a")));
        assertThat(browser.waitFor(By.id("order-status")).getText()).isEqualTo("Awaiting payment");
        browser.clickAndLoad(browser.find(By.id("confirm-transfer")));
        assertThat(browser.waitFor(By.id("notice")).getText()).isEqualTo("The transfer is recorded: the order is paid.");
        assertThat(browser.find(By.id("order-status")).getText()).isEqualTo("Paid");
        assertThat(browser.findAll(By.id("bank-transfer"))).as("no bank details once paid").isEmpty();
        assertThat(browser.find(By.id("order-invoice")).getText()).as("the payment invoiced the order")
                .startsWith("Download invoice ");
        browser.clickAndLoad(browser.find(By.id("sign-out")));

        // The team finds it in its queue, assembles, records and tests the unit, ships it.
        browser.signIn(maker.email(), maker.password());
        openTeamOrders(team);
        WebElement queued = browser.waitFor(By.cssSelector("#team-queue tr[data-order='" + orderId + "']"));
        assertThat(queued.findElement(By.className("team-order-link")).getText()).isEqualTo(reference);
        browser.clickAndLoad(queued.findElement(By.className("team-order-link")));
        assertThat(browser.waitFor(By.id("order-status")).getText()).isEqualTo("Paid");
        assertThat(browser.findAll(By.id("parts-checklist"))).as("a full kit's parts are the team's own").isEmpty();
        browser.clickAndLoad(browser.find(By.id("start-assembly")));
        assertThat(browser.waitFor(By.id("order-status")).getText()).isEqualTo("In assembly");

        String serial = recordOnePassedUnitAndMarkTested();

        assertThat(browser.findAll(By.id("leftoverParts"))).as("no buyer's parts to send back").isEmpty();
        browser.find(By.id("carrier")).sendKeys("Colissimo");
        browser.find(By.id("trackingNumber")).sendKeys(TRACKING_NUMBER);
        browser.clickAndLoad(browser.find(By.id("ship")));
        assertThat(browser.waitFor(By.id("order-status")).getText()).isEqualTo("Shipped");
        browser.clickAndLoad(browser.find(By.id("sign-out")));

        // The buyer follows the parcel and keeps the invoice.
        browser.signIn(buyer.email(), buyer.password());
        openMyOrder(orderPath);
        assertThat(browser.waitFor(By.id("order-status")).getText()).isEqualTo("Shipped");
        assertThat(browser.find(By.id("tracking-number")).getText()).isEqualTo(TRACKING_NUMBER);
        assertThat(browser.find(By.id("shipment")).getText()).contains("Colissimo");
        assertThat(browser.find(By.id("order-units")).getText()).contains(serial).contains("tc-fw 2.3.1");
        assertThat(timeline()).containsExactly("AWAITING_PAYMENT", "PAID", "IN_ASSEMBLY", "TESTED", "SHIPPED");
        WebElement invoice = browser.find(By.id("order-invoice"));
        Matcher number = Pattern.compile("Download invoice (\\S+) \\(PDF\\)").matcher(invoice.getText());
        assertThat(number.matches()).as(invoice.getText()).isTrue();
        byte[] pdf = Files.readAllBytes(browser.download(invoice, "facture-" + number.group(1) + ".pdf"));
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        browser.clickAndLoad(browser.find(By.id("sign-out")));

        // Once the buyer has it, the team marks it delivered from the orders it shipped.
        browser.signIn(maker.email(), maker.password());
        openTeamOrders(team);
        assertThat(browser.findAll(By.cssSelector("#team-queue tr[data-order='" + orderId + "']")))
                .as("shipped, no longer to fulfil").isEmpty();
        WebElement shipped = browser.waitFor(By.cssSelector("#team-shipped tr[data-order='" + orderId + "']"));
        assertThat(shipped.getText()).contains(reference).contains("Colissimo").contains(TRACKING_NUMBER);
        browser.clickAndLoad(shipped.findElement(By.className("team-order-link")));
        browser.clickAndLoad(browser.waitFor(By.id("mark-delivered")));
        assertThat(browser.waitFor(By.id("order-status")).getText()).isEqualTo("Delivered");
        browser.clickAndLoad(browser.find(By.id("sign-out")));

        // The buyer, a consumer of a full kit, is offered the withdrawal and uses it.
        browser.signIn(buyer.email(), buyer.password());
        openMyOrder(orderPath);
        assertThat(browser.waitFor(By.id("order-status")).getText()).isEqualTo("Delivered");
        assertThat(timeline()).endsWith("SHIPPED", "DELIVERED");
        assertThat(browser.find(By.id("guarantee-full-kit")).getText()).as("the legal guarantee, on the order too")
                .contains("2 years from delivery");
        assertThat(browser.findAll(By.id("guarantee-assembly-only"))).isEmpty();
        assertThat(browser.find(By.id("withdraw-form")).getText()).contains("withdraw from this purchase within 14 days");
        browser.clickAndLoad(browser.find(By.id("withdraw")));
        assertThat(browser.waitFor(By.id("notice")).getText()).startsWith("Your withdrawal is recorded");
        assertThat(timeline()).endsWith("DELIVERED", "WITHDRAWN");
        assertThat(browser.findAll(By.id("withdraw"))).as("withdrawn once").isEmpty();
    }

    private void openTeamOrders(String team) {
        browser.clickAndLoad(browser.find(By.id("nav-teams")));
        browser.clickAndLoad(browser.waitFor(By.id("team-" + team)));
        browser.clickAndLoad(browser.waitFor(By.id("team-orders")));
    }

    /** From "my orders", the link to this order. */
    private void openMyOrder(String orderPath) {
        browser.clickAndLoad(browser.find(By.id("nav-orders")));
        WebElement link = browser.waitFor(By.id("my-orders")).findElements(By.tagName("a")).stream()
                .filter(a -> a.getAttribute("href").contains(orderPath))
                .findFirst().orElseThrow(() -> new AssertionError("the order is among my orders"));
        browser.clickAndLoad(link);
    }

    /** The events of the order's timeline, as the buyer's page lists them. */
    private List<String> timeline() {
        return browser.find(By.id("order-timeline")).findElements(By.cssSelector("li[data-event]")).stream()
                .map(step -> step.getAttribute("data-event")).toList();
    }
}
