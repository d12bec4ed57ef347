package org.openspacemakers.marketplace.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openspacemakers.marketplace.support.OrderBodies.orderBody;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openspacemakers.marketplace.account.Role;
import org.openspacemakers.marketplace.fixtures.Credentials;
import org.openspacemakers.marketplace.fixtures.Fixtures;
import org.openspacemakers.marketplace.support.BrowserJourney;
import org.openspacemakers.marketplace.support.MarketplaceTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An administrator, in a real browser: signs in, finds a maker among the people, takes a member
 * off a team, records a WEEE registration in another member state without an authorised
 * representative (in French, and is told in words that sales there stay refused), then reads the
 * orders, the card payments and the security events, every page in words.
 */
@MarketplaceTest
class AdministratorJourneyBrowserTest extends BrowserJourney {

    @Autowired
    Fixtures fixtures;

    @Test
    void administratorKeepsPeopleTeamsAndTheRegisterAndReadsOrdersPaymentsAndSecurityEvents() {
        Credentials leaving = fixtures.user(Role.MAKER);
        Fixtures.Listing listing = fixtures.submittedListing(leaving);
        Fixtures.Listing sold = fixtures.approvedListing("FR");
        Credentials buyer = fixtures.user(Role.BUYER);
        assertThat(api.placeOrder(buyer, UUID.randomUUID().toString(), orderBody(sold.fullKit().id(), 1, "FR")).status())
                .isEqualTo(201);
        Credentials admin = fixtures.user(Role.ADMIN);

        browser.signIn(admin.email(), admin.password());
        browser.clickAndLoad(browser.find(By.id("nav-admin")));
        assertThat(browser.waitFor(By.tagName("h1")).getText()).isEqualTo("Teams");

        browser.clickAndLoad(browser.find(By.id("to-people")));
        browser.waitFor(By.id("people-q")).sendKeys(leaving.email());
        browser.submitAndLoad(browser.find(By.id("people-q")));
        assertThat(browser.waitFor(By.id("people")).getText()).contains(leaving.email())
                .doesNotContain(admin.email());

        browser.open("/admin/teams?lang=en");
        By member = By.id("member-" + listing.team().slug() + "-" + leaving.id());
        assertThat(browser.waitFor(member).getText()).contains(leaving.email());
        browser.clickAndLoad(browser.find(member).findElement(By.className("remove-member")));
        assertThat(browser.waitFor(By.id("notice")).getText()).isEqualTo("Member taken off the team.");
        assertThat(browser.findAll(member)).as("the member is gone").isEmpty();
        assertThat(browser.find(By.id("admin-team-" + listing.team().slug())).getText())
                .contains(listing.maker().email()).doesNotContain(leaving.email());

        browser.open("/admin/register?lang=fr");
        assertThat(browser.waitFor(By.tagName("h1")).getText()).isEqualTo("Registre producteur");
        new Select(browser.find(By.id("w-country"))).selectByValue("AT");
        assertThat(new Select(browser.find(By.id("w-country"))).getFirstSelectedOption().getText()).isEqualTo("Autriche");
        browser.find(By.id("w-number")).sendKeys("AT 99887766");
        browser.find(By.id("w-holder")).sendKeys("Open Space Makers");
        browser.setDate(By.id("w-until"), LocalDate.now().plusYears(1));
        browser.find(By.id("w-category-5")).click();
        browser.find(By.id("w-household")).click();
        browser.clickAndLoad(browser.find(By.id("save-weee")));
        assertThat(browser.waitFor(By.id("notice")).getText()).isEqualTo("Enregistré.");
        assertThat(browser.find(By.id("warning")).getText()).as("the warning, in words")
                .contains("les ventes à destination de ce pays (Autriche) restent refusées").contains("mandataire").doesNotContain("AT ");
        assertThat(browser.find(By.id("weee-register")).getText()).contains("Autriche").contains("AT 99887766");

        browser.open("/admin/orders?lang=en");
        assertThat(browser.waitFor(By.id("all-orders")).getText()).contains(sold.board().name()).contains("France")
                .doesNotContainPattern("\\bFR\\b").doesNotContainPattern("\\b[A-Z]+_[A-Z_]+\\b");

        browser.clickAndLoad(browser.find(By.id("nav-admin")));
        browser.clickAndLoad(browser.waitFor(By.id("to-payments")));
        assertThat(browser.waitFor(By.tagName("h1")).getText()).isEqualTo("Card payments");

        browser.open("/admin/security-events?lang=en");
        new Select(browser.waitFor(By.id("kind-filter"))).selectByValue("SIGNED_IN");
        browser.find(By.id("email-filter")).sendKeys(admin.email());
        browser.submitAndLoad(browser.find(By.id("email-filter")));
        assertThat(browser.waitFor(By.id("security-events")).getText()).contains("Signed in").contains(admin.email())
                .doesNotContain("SIGNED_IN");
    }
}
