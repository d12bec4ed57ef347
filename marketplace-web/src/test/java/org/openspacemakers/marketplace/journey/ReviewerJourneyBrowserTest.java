package org.openspacemakers.marketplace.journey;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openspacemakers.marketplace.account.Role;
import org.openspacemakers.marketplace.support.Credentials;
import org.openspacemakers.marketplace.support.Fixtures;
import org.openspacemakers.marketplace.support.BrowserJourney;
import org.openspacemakers.marketplace.support.MarketplaceTest;
import org.springframework.beans.factory.annotation.Autowired;

/** A reviewer, in a real browser: take a submitted revision from the queue and approve it for France. */
@MarketplaceTest
class ReviewerJourneyBrowserTest extends BrowserJourney {

    @Autowired
    Fixtures fixtures;


    @Test
    void reviewerStartsAndApprovesARevisionWhichBuyersCanThenOrder() {
        Credentials teamReviewer = fixtures.user(Role.REVIEWER, Role.MAKER);
        Fixtures.Listing listing = fixtures.submittedListing(teamReviewer);
        Credentials reviewer = fixtures.user(Role.REVIEWER);
        By entry = By.id("review-" + listing.board().slug());

        browser.signIn(teamReviewer.email(), teamReviewer.password());
        browser.open("/review?lang=en");
        assertThat(browser.waitFor(entry).getText()).contains("your own team");
        assertThat(browser.find(entry).findElements(By.className("start-review"))).isEmpty();
        browser.clickAndLoad(browser.find(By.id("sign-out")));
        browser.waitFor(By.id("nav-sign-in"));

        browser.signIn(reviewer.email(), reviewer.password());
        browser.open("/review?lang=en");
        browser.clickAndLoad(browser.waitFor(entry).findElement(By.className("start-review")));
        WebElement started = browser.waitFor(entry);
        assertThat(started.getText()).contains("In compliance review");

        started.findElement(By.name("countries")).sendKeys("FR");
        started.findElement(By.name("reason")).sendKeys("Dossier complete for France.");
        browser.clickAndLoad(started.findElement(By.className("approve-review")));
        assertThat(browser.waitFor(By.className("notice")).getText()).contains("Revision approved");

        var offer = api.get("/api/v1/boards/" + listing.board().slug() + "?country=FR").json()
                .get("revisions").get(0).get("offers").get(0);
        assertThat(offer.get("eligible").asBoolean()).isTrue();

        new Select(browser.find(By.id("status-filter"))).selectByValue("APPROVED");
        browser.submitAndLoad(browser.find(By.id("status-filter")));
        WebElement approvedEntry = browser.waitFor(entry);
        approvedEntry.findElement(By.id("suspend-" + listing.revision().id())).sendKeys("The RoHS exemption expired.");
        browser.clickAndLoad(approvedEntry.findElement(By.className("suspend-review")));
        assertThat(browser.waitFor(By.className("notice")).getText()).contains("Decision recorded");
        var suspended = api.get("/api/v1/boards/" + listing.board().slug() + "?country=FR").json()
                .get("revisions").get(0).get("offers").get(0);
        assertThat(suspended.get("reasons").get(0).get("code").asString()).isEqualTo("APPROVAL_SUSPENDED");
    }
}
