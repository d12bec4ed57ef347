package org.openspacemakers.marketplace.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
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
 * A visitor, not signed in, gives to the association in a real browser: the page chooses no amount
 * for them and says so when none is chosen, then shows the transfer to make; the treasurer confirms
 * the transfer on the donations page; the visitor's link then offers the receipt, a PDF. Both
 * languages' pages pass axe.
 */
@MarketplaceTest
class DonationJourneyBrowserTest extends BrowserJourney {

    @Autowired
    Fixtures fixtures;

    @Test
    void aVisitorGivesByBankTransferAndDownloadsTheReceiptOnceTheTreasurerSawIt() throws Exception {
        browser.open("/donate?lang=fr");
        browser.open("/?lang=en");
        browser.clickAndLoad(browser.waitFor(By.id("footer-donate")));
        assertThat(browser.findAll(By.cssSelector("input[name=amount]")).stream().filter(WebElement::isSelected))
                .as("no amount chosen beforehand").isEmpty();
        browser.find(By.id("name")).sendKeys("Grace Hopper");
        browser.find(By.id("email")).sendKeys("grace@example.org");
        browser.clickAndLoad(browser.find(By.id("give")));
        assertThat(browser.waitFor(By.id("amount-error")).getText()).contains("is an amount from");

        browser.find(By.cssSelector("input[name=amount][value='20']")).click();
        browser.clickAndLoad(browser.find(By.id("give")));
        String reference = browser.waitFor(By.id("transfer-reference")).getText();
        assertThat(reference).startsWith("DON-");
        assertThat(browser.find(By.id("transfer-amount")).getText()).isEqualTo("20.00 EUR");
        String donorPage = browser.currentUrl().replace(api.baseUrl(), "");

        Credentials treasurer = fixtures.user(Role.ADMIN);
        browser.signIn(treasurer.email(), treasurer.password());
        browser.open("/admin/teams?lang=en");
        browser.clickAndLoad(browser.waitFor(By.id("to-donations")));
        WebElement row = browser.waitFor(By.id("donation-" + reference));
        assertThat(row.getText()).contains("Grace Hopper", "20.00 EUR", "awaiting the transfer");
        browser.clickAndLoad(row.findElement(By.className("mark-received")));
        String issued = browser.waitFor(By.id("issued-receipt")).getText();
        assertThat(issued).matches("Receipt D\\d{4}-\\d{6} issued and mailed to the donor\\.");
        String number = issued.split(" ")[1];
        assertThat(browser.find(By.id("donation-" + reference)).getText()).contains("received", number);

        browser.open(donorPage);
        assertThat(browser.waitFor(By.id("donation-status")).getText()).contains("We received your donation of 20.00 EUR");
        Path receipt = browser.download(browser.find(By.id("receipt-download")), "recu-don-" + number + ".pdf");
        assertThat(new String(Files.readAllBytes(receipt), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }
}
