package org.openspacemakers.marketplace.journey;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openspacemakers.marketplace.support.BrowserJourney;
import org.openspacemakers.marketplace.support.MarketplaceTest;

/**
 * The journeys' accessibility check can fail: axe-core, run on the storefront, finds nothing serious
 * there, and finds an image without a text alternative once one is put on the page.
 */
@MarketplaceTest
class AccessibilityCheckBrowserTest extends BrowserJourney {

    @Test
    void axeFindsAnImageWithoutATextAlternative() {
        browser.open("/?lang=en");
        assertThat(browser.accessibilityViolations()).isEmpty();

        browser.script("document.querySelector('main').insertAdjacentHTML('beforeend', '<img src=\"/favicon.ico\">');");
        browser.audit();

        assertThat(browser.accessibilityViolations()).singleElement().asString()
                .startsWith("/?lang=en — image-alt (critical): ");
        browser.forgetAccessibilityViolations();
    }
}
