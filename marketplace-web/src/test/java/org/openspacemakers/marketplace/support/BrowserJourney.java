package org.openspacemakers.marketplace.support;

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

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }
}
