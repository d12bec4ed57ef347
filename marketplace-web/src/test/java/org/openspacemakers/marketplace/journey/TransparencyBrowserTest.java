package org.openspacemakers.marketplace.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openspacemakers.marketplace.support.OrderBodies.orderBody;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;
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
 * The association's books in a browser: a visitor finds the transparency page from the footer, reads
 * its two SVG charts (present, drawn, named, every value written beside its mark) in English and in
 * French, and the treasurer reads the dashboard and downloads the year's CSV. axe-core checks every
 * page on the way.
 */
@MarketplaceTest
class TransparencyBrowserTest extends BrowserJourney {

    @Autowired
    Fixtures fixtures;

    @Test
    void aVisitorReadsTheChartsInBothLanguagesAndTheTreasurerDownloadsTheYear() throws IOException {
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        Credentials admin = fixtures.user(Role.ADMIN);
        String order = api.placeOrder(fixtures.user(Role.BUYER), UUID.randomUUID().toString(),
                orderBody(listing.fullKit().id(), 4, "FR")).json().get("id").asString();
        assertThat(api.post("/api/v1/orders/" + order + "/bank-transfer/confirm", admin, "").status()).isEqualTo(200);

        browser.open("/?lang=en");
        browser.clickAndLoad(browser.find(By.id("footer-transparency")));
        assertThat(browser.find(By.tagName("h1")).getText()).startsWith("The association's books, ");

        WebElement budget = browser.find(By.id("budget-chart"));
        assertThat(budget.getAttribute("role")).isEqualTo("img");
        assertThat(chartName("budget-chart")).matches("\\d+ % of the year's budget: \\d+\\.\\d{2} EUR of 150000\\.00 EUR");
        assertThat(budget.getSize().getWidth()).as("drawn").isPositive();
        assertThat(browser.find(By.cssSelector("#budget-chart .chart-value")).getText()).matches("\\d+ %");

        WebElement months = browser.find(By.id("month-chart"));
        assertThat(months.getAttribute("role")).isEqualTo("img");
        assertThat(chartName("month-chart")).startsWith("What sales and donations brought the association each month of ");
        List<WebElement> bars = browser.findAll(By.cssSelector("#month-chart .chart-bar"));
        assertThat(bars).hasSize(12);
        assertThat(bars.get(0).findElement(By.cssSelector(".chart-label")).getText()).isEqualTo("Jan");
        assertThat(bars).allSatisfy(bar -> assertThat(bar.findElement(By.cssSelector(".chart-value")).getText())
                .as("each month's value as text, readable without colour").matches("\\d+"));
        assertThat(bars.stream().mapToLong(bar -> Long.parseLong(bar.findElement(By.cssSelector(".chart-value")).getText())).sum())
                .as("this order's 4 × 2.50 EUR at least").isGreaterThanOrEqualTo(10);
        assertThat(browser.findAll(By.cssSelector("#month-table tbody tr"))).as("the same values as a table").hasSize(12);
        WebElement board = browser.find(By.cssSelector("#board-table tr[data-slug='" + listing.board().slug() + "']"));
        assertThat(board.findElement(By.className("units")).getText()).isEqualTo("4");
        assertThat(board.findElement(By.className("association")).getText()).isEqualTo("10.00 EUR");

        new Select(browser.find(By.id("year"))).selectByIndex(0);
        browser.submitAndLoad(browser.find(By.id("year")));
        browser.clickAndLoad(browser.find(By.cssSelector("a[hreflang=fr]")));
        assertThat(browser.find(By.tagName("h1")).getText()).startsWith("Les comptes de l'association, ");
        assertThat(chartName("budget-chart")).matches("\\d+ % du budget de l'année : \\d+\\.\\d{2} EUR sur 150000\\.00 EUR");
        assertThat(chartName("month-chart")).startsWith("Ce que les ventes et les dons ont rapporté à l'association chaque mois de ");
        assertThat(browser.find(By.cssSelector("#month-chart .chart-bar .chart-label")).getText()).isEqualTo("janv.");
        assertThat(browser.find(By.cssSelector("#boards h2")).getText()).isEqualTo("Carte par carte");

        browser.clickAndLoad(browser.find(By.cssSelector("#board-table tr[data-slug='" + listing.board().slug() + "'] a")));
        assertThat(browser.find(By.id("board-sales")).getText()).startsWith("4 cartes, 10.00 EUR pour l'association");

        browser.signIn(admin.email(), admin.password());
        browser.open("/admin/teams?lang=en");
        browser.clickAndLoad(browser.find(By.id("to-books")));
        WebElement row = browser.find(By.cssSelector("#books-boards tr[data-slug='" + listing.board().slug() + "']"));
        assertThat(row.findElement(By.className("association")).getText()).isEqualTo("10.00 EUR");
        assertThat(row.findElement(By.className("volunteer-minutes")).getText()).isEqualTo("not recorded yet");
        WebElement csvLink = browser.find(By.id("books-csv"));
        String year = csvLink.getAttribute("href").replaceAll(".*year=", "");
        List<String> csv = Files.readAllLines(browser.download(csvLink, "books-" + year + ".csv"), StandardCharsets.UTF_8);
        assertThat(csv.get(0)).startsWith("paid_on,order_id,payment_reference,paid_with,refunded_in_full,units,revenue");
        assertThat(csv).anySatisfy(line -> assertThat(line).contains("," + order + ",").contains(",BANK_TRANSFER,no,4,"));
    }

    /** A chart's accessible name: the text of the title its {@code aria-labelledby} names. */
    private String chartName(String chart) {
        return String.valueOf(browser.script("const svg = document.getElementById('" + chart + "');"
                + " return document.getElementById(svg.getAttribute('aria-labelledby')).textContent;"));
    }
}
