package org.openspacemakers.marketplace.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium, found by {@link BrowserBinaries} (Debian's chromium and chromium-driver,
 * or {@code CHROMIUM_BINARY} and {@code CHROMEDRIVER}), driven through Selenium. Waits are for
 * elements, never for time.
 */
public final class Browser implements AutoCloseable {

    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    /** axe-core, injected into each page the journey loads (test resources, see axe/README.md). */
    private static final String AXE = axe();

    /** What axe finds serious or critical on the pages loaded so far, one line per rule and page. */
    private final java.util.List<String> accessibilityViolations = new java.util.ArrayList<>();

    private final WebDriver driver;
    private final WebDriverWait wait;
    private final String baseUrl;
    private final java.nio.file.Path downloads;

    public Browser(String baseUrl) {
        this.baseUrl = baseUrl;
        BrowserBinaries binaries = BrowserBinaries.fromEnvironment().requireInstalled();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(binaries.chromium().toFile());
        try {
            downloads = Files.createTempDirectory("chromium-downloads");
            // Files a page offers as attachments land here, unasked, for download(...) to read.
            options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory", downloads.toString(),
                    "download.prompt_for_download", false));
            options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                    "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--lang=en-GB", "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(binaries.chromedriver().toFile())
                .usingAnyFreePort()
                .build();
        this.driver = new ChromeDriver(service, options);
        this.driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        this.wait = new WebDriverWait(driver, TIMEOUT);
    }

    private static String axe() {
        try (java.io.InputStream script = Browser.class.getResourceAsStream("/axe/axe.min.js")) {
            return new String(java.util.Objects.requireNonNull(script, "axe/axe.min.js").readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs axe-core on the page as it stands (WCAG 2.1 A and AA rules and axe's best practices), and
     * keeps what it finds serious or critical, with the page's path and the elements at fault.
     */
    public void audit() {
        JavascriptExecutor page = (JavascriptExecutor) driver;
        page.executeScript(AXE);
        @SuppressWarnings("unchecked")
        java.util.List<String> found = (java.util.List<String>) page.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']})
                  .then(results => done(results.violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => v.id + ' (' + v.impact + '): ' + v.nodes.slice(0, 5)
                      .map(n => n.target.join(' ')).join(', '))))
                  .catch(e => done(['axe did not run: ' + e]));""");
        String path = driver.getCurrentUrl().replace(baseUrl, "");
        found.forEach(violation -> accessibilityViolations.add(path + " — " + violation));
    }

    /** Runs a script in the page (a test that checks the checker changes the page so). */
    public Object script(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    /** Forgets what axe found so far (once a test has looked at it on purpose). */
    public void forgetAccessibilityViolations() {
        accessibilityViolations.clear();
    }

    /** What axe found serious or critical on every page loaded so far (none: the journey's pages pass). */
    public java.util.List<String> accessibilityViolations() {
        return java.util.List.copyOf(accessibilityViolations);
    }

    public void open(String path) {
        driver.get(baseUrl + path);
        loaded();
        audit();
    }

    public void signIn(String email, String password) {
        open("/login?lang=en");
        find(By.id("email")).sendKeys(email);
        find(By.id("password")).sendKeys(password);
        clickAndLoad(find(By.id("sign-in")));
        waitFor(By.id("sign-out"));
    }

    /** Clicks something that loads a new page, and waits until the new page has wholly loaded. */
    public void clickAndLoad(WebElement element) {
        markPage();
        element.click();
        newPageLoaded();
        audit();
    }

    /** Submits the form of this field, and waits until the new page has wholly loaded. */
    public void submitAndLoad(WebElement field) {
        markPage();
        field.submit();
        newPageLoaded();
        audit();
    }

    /** Marks the current page's window, which the next page will not have. */
    private void markPage() {
        ((JavascriptExecutor) driver).executeScript("window.__previousPage = true;");
    }

    /**
     * Waits until the marked page was replaced and the new document is complete. Watching the old
     * page's elements go stale is not enough: while Chromium swaps documents it may answer "Node ...
     * does not belong to the document" instead of "stale element", and an element found while the
     * new page still loads may belong to a document about to be replaced. So ask the page itself,
     * ignoring the errors of the moment of the swap.
     */
    private void newPageLoaded() {
        new WebDriverWait(driver, TIMEOUT).ignoring(WebDriverException.class).until(d -> Boolean.TRUE.equals(
                ((JavascriptExecutor) d).executeScript(
                        "return window.__previousPage === undefined && document.readyState === 'complete';")));
    }

    /** Waits until the document opened is complete. */
    private void loaded() {
        new WebDriverWait(driver, TIMEOUT).ignoring(WebDriverException.class).until(d -> "complete".equals(
                ((JavascriptExecutor) d).executeScript("return document.readyState;")));
    }

    public WebElement find(By locator) {
        return driver.findElement(locator);
    }

    /** Every element the current page has there: none, to check that a page does not offer something. */
    public java.util.List<WebElement> findAll(By locator) {
        return driver.findElements(locator);
    }

    public WebElement waitFor(By locator) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(locator));
    }

    /**
     * Sets a date field as the page posts it ({@code yyyy-MM-dd}): typing into one depends on the
     * browser's language, which orders day, month and year its own way.
     */
    public void setDate(By locator, LocalDate day) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", find(locator), day.toString());
    }

    /**
     * Clicks a link to a file the page offers as an attachment and gives the file once the browser
     * has saved it whole (Chromium writes {@code <name>.crdownload}, then renames it).
     */
    public java.nio.file.Path download(WebElement link, String fileName) {
        link.click();
        java.nio.file.Path file = downloads.resolve(fileName);
        new WebDriverWait(driver, TIMEOUT).until(d -> Files.isRegularFile(file)
                && !Files.exists(downloads.resolve(fileName + ".crdownload")));
        return file;
    }

    public String currentUrl() {
        return driver.getCurrentUrl();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
