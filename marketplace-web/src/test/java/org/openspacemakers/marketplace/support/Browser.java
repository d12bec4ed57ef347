package org.openspacemakers.marketplace.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's chromium and chromium-driver, or {@code CHROMIUM_BINARY} and
 * {@code CHROMEDRIVER}), driven through Selenium. Waits are for elements, never for time.
 */
public final class Browser implements AutoCloseable {

    private final WebDriver driver;
    private final WebDriverWait wait;
    private final String baseUrl;

    public Browser(String baseUrl) {
        this.baseUrl = baseUrl;
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getenv().getOrDefault("CHROMIUM_BINARY", "/usr/bin/chromium"));
        try {
            options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                    "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--lang=en-GB", "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver")).toFile())
                .usingAnyFreePort()
                .build();
        this.driver = new ChromeDriver(service, options);
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    public void open(String path) {
        driver.get(baseUrl + path);
        loaded();
    }

    public void signIn(String email, String password) {
        open("/login?lang=en");
        find(By.id("email")).sendKeys(email);
        find(By.id("password")).sendKeys(password);
        clickAndLoad(find(By.id("sign-in")));
        waitFor(By.id("sign-out"));
    }

    /** Clicks something that loads a new page, and waits until the old page is gone. */
    public void clickAndLoad(WebElement element) {
        WebElement page = driver.findElement(By.tagName("html"));
        element.click();
        wait.until(ExpectedConditions.stalenessOf(page));
        loaded();
    }

    /**
     * Waits until the new document is wholly loaded: an element found while it is still loading may
     * belong to a document Chromium is about to replace ("Node ... does not belong to the document").
     */
    private void loaded() {
        wait.until(d -> "complete".equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /** Submits the form of this field, and waits until the old page is gone. */
    public void submitAndLoad(WebElement field) {
        WebElement page = driver.findElement(By.tagName("html"));
        field.submit();
        wait.until(ExpectedConditions.stalenessOf(page));
        loaded();
    }

    public WebElement find(By locator) {
        return driver.findElement(locator);
    }

    public WebElement waitFor(By locator) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(locator));
    }

    public String currentUrl() {
        return driver.getCurrentUrl();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
