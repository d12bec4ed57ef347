package org.openspacemakers.marketplace.support;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/** A journey in a real browser against the running store: one fresh headless Chromium per test. */
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
        browser.close();
    }
}
