package org.openspacemakers.marketplace.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openspacemakers.marketplace.support.Api;
import org.openspacemakers.marketplace.support.MarketplaceTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A buyer's journey in a real headless Chromium (Debian's chromium and chromium-driver): sign in,
 * order the thermocouple card as a full kit to France, find it under "my orders".
 */
@MarketplaceTest
class BuyerJourneyBrowserTest {

    @Autowired
    Api api;

    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() throws Exception {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getenv().getOrDefault("CHROMIUM_BINARY", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--lang=en-GB", "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        ChromeDriverService driver = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver")).toFile())
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(driver, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void buyerOrdersTheThermocoupleCardToFranceAndFindsItInMyOrders() {
        browser.get(api.baseUrl() + "/?lang=en");
        assertThat(browser.findElement(By.id("demo-banner")).getText()).contains("Demo");
        browser.findElement(By.id("nav-sign-in")).click();
        browser.findElement(By.id("email")).sendKeys("buyer@demo.test");
        browser.findElement(By.id("password")).sendKeys("demo-password");
        browser.findElement(By.id("sign-in")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("nav-orders")));

        browser.findElement(By.id("board-thermocouple-card")).click();
        WebElement country = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("country")));
        country.clear();
        country.sendKeys("FR");
        country.submit();
        WebElement fullKit = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("offer-FULL_KIT")));
        assertThat(fullKit.getText()).contains("Can be ordered to FR");
        fullKit.findElement(By.className("order-link")).click();

        browser.findElement(By.id("name")).sendKeys("Ada Lovelace");
        browser.findElement(By.id("line1")).sendKeys("1 rue de la Paix");
        browser.findElement(By.id("postalCode")).sendKeys("75002");
        browser.findElement(By.id("city")).sendKeys("Paris");
        assertThat(browser.findElement(By.id("country")).getAttribute("value")).isEqualTo("FR");
        browser.findElement(By.id("place-order")).click();

        WebElement placed = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("order-placed")));
        assertThat(placed.getText()).contains("order is placed");
        assertThat(browser.findElement(By.id("order-status")).getText()).isEqualTo("Awaiting payment");
        assertThat(browser.findElement(By.id("order-total")).getText()).isEqualTo("149.00 EUR");
        String orderUrl = browser.getCurrentUrl();

        browser.findElement(By.id("nav-orders")).click();
        WebElement myOrders = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("my-orders")));
        assertThat(myOrders.getText()).contains("High-speed thermocouple card");
        assertThat(myOrders.findElements(By.cssSelector("a")).stream().map(a -> a.getAttribute("href")))
                .anyMatch(href -> orderUrl.startsWith(href.replaceAll("\\?.*", "")));
    }
}
