package org.openspacemakers.marketplace.journey;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openspacemakers.marketplace.account.Role;
import org.openspacemakers.marketplace.compliance.DossierContent;
import org.openspacemakers.marketplace.fixtures.Credentials;
import org.openspacemakers.marketplace.fixtures.Fixtures;
import org.openspacemakers.marketplace.support.BrowserJourney;
import org.openspacemakers.marketplace.support.MarketplaceTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A buyer, in a real browser: find a board approved for France, put two in the cart (signing in
 * on the way), check out with the summary of lines, shipping and total before the final button,
 * accept the terms of sale, order, and find the order in "my orders". The buyer and the board are
 * the test's own; the demo gives its banner and its shipping rates (6.90 EUR to France).
 */
@MarketplaceTest
class BuyerJourneyBrowserTest extends BrowserJourney {

    @Autowired
    Fixtures fixtures;

    @Test
    void buyerPutsABoardInTheCartChecksOutToFranceAndFindsTheOrderInMyOrders() {
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        Credentials buyer = fixtures.user(Role.BUYER);
        String slug = listing.board().slug();

        browser.open("/?lang=en");
        assertThat(browser.find(By.id("demo-banner")).getText()).contains("Demo");

        WebElement search = browser.find(By.id("q"));
        search.sendKeys(listing.board().name().substring("Board ".length()));
        browser.submitAndLoad(search);
        browser.clickAndLoad(browser.waitFor(By.id("board-" + slug)));
        WebElement country = browser.waitFor(By.id("country"));
        assertThat(browser.find(By.id("offer-FULL_KIT")).getText()).as("no country guessed from the browser's language")
                .contains("Choose your country");
        new Select(country).selectByValue("FR");
        browser.submitAndLoad(country);
        WebElement fullKit = browser.waitFor(By.id("offer-FULL_KIT"));
        assertThat(fullKit.getText()).contains("Can be ordered to France");
        assertThat(browser.find(By.id("doc-link")).getAttribute("href")).as("the product page offers the declaration of conformity")
                .contains("/boards/" + slug + "/revisions/").endsWith("/declaration-of-conformity");
        WebElement quantity = fullKit.findElement(By.cssSelector(".add-to-cart input[name=quantity]"));
        quantity.clear();
        quantity.sendKeys("2");
        browser.clickAndLoad(fullKit.findElement(By.cssSelector(".add-to-cart button")));

        // Signing in on the way, then back to confirm what was being added.
        browser.waitFor(By.id("email")).sendKeys(buyer.email());
        browser.find(By.id("password")).sendKeys(buyer.password());
        browser.clickAndLoad(browser.find(By.id("sign-in")));
        assertThat(browser.waitFor(By.id("add-to-cart")).getText()).contains(listing.board().name());
        assertThat(browser.find(By.id("add-quantity")).getAttribute("value")).isEqualTo("2");
        browser.clickAndLoad(browser.find(By.id("confirm-add")));
        assertThat(browser.waitFor(By.id("cart-subtotal")).getText()).isEqualTo("50.00 EUR");
        browser.clickAndLoad(browser.find(By.id("to-checkout")));

        browser.waitFor(By.id("name")).sendKeys("Ada Lovelace");
        browser.find(By.id("line1")).sendKeys("1 rue de la Paix");
        browser.find(By.id("postalCode")).sendKeys("75002");
        browser.find(By.id("city")).sendKeys("Paris");
        new Select(browser.find(By.id("country"))).selectByValue("FR");
        browser.clickAndLoad(browser.find(By.id("update-summary")));
        assertThat(browser.waitFor(By.id("summary-shipping")).getText()).isEqualTo("6.90 EUR (Standard parcel)");
        assertThat(browser.find(By.id("summary-total")).getText()).isEqualTo("56.90 EUR");
        assertThat(browser.find(By.id("place-order")).getText()).isEqualTo("Order with obligation to pay");
        browser.clickAndLoad(browser.find(By.id("place-order")));
        assertThat(browser.waitFor(By.cssSelector(".field-error")).getText()).as("not without the terms of sale")
                .contains("accept the terms of sale");

        browser.find(By.cssSelector("input[name=termsAccepted][type=checkbox]")).click();
        browser.clickAndLoad(browser.find(By.id("place-order")));

        WebElement placed = browser.waitFor(By.id("order-placed"));
        assertThat(placed.getText()).contains("order is placed");
        assertThat(browser.find(By.id("order-status")).getText()).isEqualTo("Awaiting payment");
        assertThat(browser.find(By.id("order-total")).getText()).isEqualTo("56.90 EUR");
        assertThat(browser.find(By.id("order-shipping")).getText()).isEqualTo("6.90 EUR (Standard parcel)");
        String orderPath = browser.currentUrl().replaceAll("^https?://[^/]+", "").replaceAll("\\?.*", "");
        browser.clickAndLoad(browser.find(By.id("nav-cart")));
        assertThat(browser.waitFor(By.id("cart-empty")).isDisplayed()).as("the cart without what was ordered").isTrue();

        browser.clickAndLoad(browser.find(By.id("nav-orders")));
        WebElement myOrders = browser.waitFor(By.id("my-orders"));
        assertThat(myOrders.getText()).contains(listing.board().name());
        assertThat(myOrders.findElements(By.cssSelector("a")))
                .anyMatch(link -> link.getAttribute("href").contains(orderPath));
    }

    @Test
    void aProfessionalOrdersAClassABoardWithAVatNumberViesConfirmsAfterAcknowledgingItsWarning() {
        Fixtures.Listing listing = fixtures.approvedListing(
                Fixtures.completeDossier().withClass(DossierContent.EmcClass.A), "FR");
        Credentials buyer = fixtures.user(Role.BUYER);

        browser.open("/?lang=en");
        signIn(buyer);
        browser.open("/boards/" + listing.board().slug() + "?lang=en&country=FR");
        WebElement fullKit = browser.waitFor(By.id("offer-FULL_KIT"));
        assertThat(fullKit.getText()).contains("Can be ordered to France").contains("acknowledge its warning");
        browser.clickAndLoad(fullKit.findElement(By.className("order-link")));

        browser.waitFor(By.cssSelector("input[name=buyerType][value=PROFESSIONAL]")).click();
        browser.find(By.id("companyName")).sendKeys("Atelier Ada SARL");
        browser.find(By.id("vatNumber")).sendKeys("FR 40 303 265 045");
        browser.find(By.id("name")).sendKeys("Ada Lovelace");
        browser.find(By.id("line1")).sendKeys("1 rue de la Paix");
        browser.find(By.id("postalCode")).sendKeys("75002");
        browser.find(By.id("city")).sendKeys("Paris");
        assertThat(browser.find(By.id("class-a-warning")).getText()).contains("class A product (EN 55032)");
        browser.find(By.cssSelector("input[name=termsAccepted][type=checkbox]")).click();
        browser.clickAndLoad(browser.find(By.id("place-order")));
        assertThat(browser.waitFor(By.id("refusal")).getText()).as("not without the acknowledgement")
                .contains("accept this warning");

        browser.find(By.cssSelector("input[name=acknowledgeClassA][type=checkbox]")).click();
        browser.clickAndLoad(browser.find(By.id("place-order")));

        browser.waitFor(By.id("order-placed"));
        assertThat(browser.find(By.id("order-status")).getText()).isEqualTo("Awaiting payment");
        assertThat(browser.find(By.id("order-company")).getText()).contains("Atelier Ada SARL").contains("FR40303265045")
                .contains("confirmed by VIES");
        assertThat(browser.find(By.cssSelector(".acknowledgement[data-code=EMC_CLASS_A]")).getText())
                .contains("class A product (EN 55032)");
    }

    private void signIn(Credentials buyer) {
        browser.clickAndLoad(browser.find(By.id("nav-sign-in")));
        browser.find(By.id("email")).sendKeys(buyer.email());
        browser.find(By.id("password")).sendKeys(buyer.password());
        browser.clickAndLoad(browser.find(By.id("sign-in")));
        browser.waitFor(By.id("nav-orders"));
    }
}
