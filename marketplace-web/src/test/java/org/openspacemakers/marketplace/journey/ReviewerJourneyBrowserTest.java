package org.openspacemakers.marketplace.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
 * A reviewer, in a real browser: open a submitted revision's dossier from the queue, start the review,
 * tick the checklist and approve it for France; then suspend the approval.
 */
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
        browser.clickAndLoad(browser.find(entry).findElement(By.className("open-dossier")));
        assertThat(browser.waitFor(By.tagName("h1")).getText()).as("four eyes").contains("Not allowed");
        browser.clickAndLoad(browser.find(By.id("sign-out")));
        browser.waitFor(By.id("nav-sign-in"));

        browser.signIn(reviewer.email(), reviewer.password());
        browser.open("/review?lang=en");
        browser.clickAndLoad(browser.waitFor(entry).findElement(By.className("open-dossier")));
        assertThat(browser.waitFor(By.id("revision-covered")).getText()).contains(listing.board().name());
        assertThat(browser.find(By.id("no-gaps")).getText()).contains("complete");
        browser.clickAndLoad(browser.find(By.id("start-review")));
        assertThat(browser.waitFor(By.id("review-status")).getText()).contains("In compliance review");

        List<WebElement> checklist = browser.find(By.id("approve-checklist")).findElements(By.cssSelector("input[type=checkbox]"));
        assertThat(checklist).isNotEmpty();
        checklist.forEach(WebElement::click);
        browser.find(By.id("country-FR")).click();
        browser.find(By.id("approve-reason")).sendKeys("Dossier complete for France.");
        browser.clickAndLoad(browser.find(By.id("approve")));
        assertThat(browser.waitFor(By.className("notice")).getText()).contains("Revision approved");
        assertThat(browser.find(By.id("review-status")).getText()).contains("Approved");
        assertThat(browser.find(By.id("decision-history")).getText()).contains("Checklist confirmed");

        var offer = api.get("/api/v1/boards/" + listing.board().slug() + "?country=FR").json()
                .get("revisions").get(0).get("offers").get(0);
        assertThat(offer.get("eligible").asBoolean()).isTrue();

        browser.open("/review?lang=en");
        new Select(browser.waitFor(By.id("status-filter"))).selectByValue("APPROVED");
        browser.submitAndLoad(browser.find(By.id("status-filter")));
        browser.clickAndLoad(browser.waitFor(entry).findElement(By.className("open-dossier")));
        browser.waitFor(By.id("suspend-reason")).sendKeys("The RoHS exemption expired.");
        browser.clickAndLoad(browser.find(By.id("suspend")));
        assertThat(browser.waitFor(By.className("notice")).getText()).contains("Decision recorded");
        var suspended = api.get("/api/v1/boards/" + listing.board().slug() + "?country=FR").json()
                .get("revisions").get(0).get("offers").get(0);
        assertThat(suspended.get("reasons").get(0).get("code").asString()).isEqualTo("APPROVAL_SUSPENDED");
    }
}
