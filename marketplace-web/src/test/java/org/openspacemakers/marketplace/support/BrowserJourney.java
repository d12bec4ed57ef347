package org.openspacemakers.marketplace.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.openqa.selenium.By;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A journey in a real browser against the running store: one fresh headless Chromium per test.
 * Without Chromium or chromedriver the journey is skipped, except where a browser is required
 * (see {@link BrowserInstalled}).
 */
@ExtendWith(BrowserInstalled.class)
public abstract class BrowserJourney {

    @Autowired
    protected Api api;

    protected Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = new Browser(api.baseUrl());
    }

    /**
     * On a team's order page in assembly: records one unit as the team does (firmware, a passed
     * test, notes), checks its serial number is given, and marks the order tested. Returns the serial.
     */
    protected String recordOnePassedUnitAndMarkTested() {
        browser.find(By.id("firmwareVersion")).sendKeys("tc-fw 2.3.1");
        browser.find(By.cssSelector("#unit-form input[name=result][value=PASSED]")).click();
        browser.find(By.id("notes")).sendKeys("K-type probe reads 21.5 C at 21.4 C");
        browser.clickAndLoad(browser.find(By.id("record-unit")));
        String serial = browser.waitFor(By.cssSelector("#units-table tr[data-serial]")).getAttribute("data-serial");
        assertThat(browser.find(By.id("notice")).getText()).contains("Unit " + serial + " recorded");
        browser.clickAndLoad(browser.find(By.id("mark-tested")));
        assertThat(browser.waitFor(By.id("order-status")).getText()).isEqualTo("Assembled and tested");
        return serial;
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            try {
                assertThat(browser.accessibilityViolations()).as("axe-core, serious or critical, on the pages visited")
                        .isEmpty();
            } finally {
                browser.close();
            }
        }
    }
}
