package org.openspacemakers.marketplace.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openspacemakers.marketplace.fixtures.Fixtures;
import org.openspacemakers.marketplace.support.BrowserJourney;
import org.openspacemakers.marketplace.support.MarketplaceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A newcomer, in a real browser: signs up on the page, is refused an order until the address is
 * verified, follows the link of the verification mail (read from the outbox) and presses its
 * button, orders a board approved for France, signs out, forgets the password, follows the reset
 * mail's link, chooses a new password and signs in with it, the old one refused.
 */
@MarketplaceTest
class SignUpJourneyBrowserTest extends BrowserJourney {

    private static final Pattern LINK = Pattern.compile("(/(?:verify|password-reset/confirm)\\?token=[A-Za-z0-9_-]+&lang=en)");

    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    /** The path of the link in the only mail of this kind to the address. */
    private String mailedLink(String email, String kind) {
        List<String> texts = jdbc.queryForList("SELECT body_text FROM mail_outbox WHERE recipient = ? AND dedup_key LIKE ?",
                String.class, email, "account:%:" + kind + ":%");
        assertThat(texts).hasSize(1);
        Matcher link = LINK.matcher(texts.get(0));
        assertThat(link.find()).as(texts.get(0)).isTrue();
        return link.group(1);
    }

    @Test
    void aNewcomerSignsUpVerifiesOrdersThenResetsTheForgottenPassword() {
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        String email = "newcomer-" + UUID.randomUUID() + "@test.example";
        String password = "violet-kettle-marching-42";

        browser.open("/?lang=en");
        browser.clickAndLoad(browser.find(By.id("nav-sign-up")));
        browser.waitFor(By.id("email")).sendKeys(email);
        browser.find(By.id("name")).sendKeys("Ada Lovelace");
        browser.find(By.id("password")).sendKeys("password1234");
        browser.clickAndLoad(browser.find(By.id("sign-up")));
        assertThat(browser.waitFor(By.id("problems")).getText()).as("a common password").contains("most common passwords");
        WebElement passwordField = browser.find(By.id("password"));
        passwordField.sendKeys(password);
        browser.clickAndLoad(browser.find(By.id("sign-up")));
        assertThat(browser.waitFor(By.id("mail-sent")).getText()).contains("We mailed a link");

        browser.signIn(email, password);
        browser.open("/boards/" + listing.board().slug() + "?lang=en&country=FR");
        browser.clickAndLoad(browser.waitFor(By.id("offer-FULL_KIT")).findElement(By.className("order-link")));
        fillAddressAndAcceptTerms();
        browser.clickAndLoad(browser.find(By.id("place-order")));
        assertThat(browser.waitFor(By.id("form-problems")).getText()).contains("Verify your e-mail address before ordering");

        browser.open(mailedLink(email, "VERIFY"));
        browser.clickAndLoad(browser.waitFor(By.id("verify")));
        assertThat(browser.waitFor(By.id("verified")).getText()).contains("verified");

        browser.open("/boards/" + listing.board().slug() + "?lang=en&country=FR");
        browser.clickAndLoad(browser.waitFor(By.id("offer-FULL_KIT")).findElement(By.className("order-link")));
        fillAddressAndAcceptTerms();
        browser.clickAndLoad(browser.find(By.id("place-order")));
        assertThat(browser.waitFor(By.id("order-placed")).getText()).contains("order is placed");

        browser.clickAndLoad(browser.find(By.id("sign-out")));
        browser.open("/login?lang=en");
        browser.clickAndLoad(browser.waitFor(By.id("forgot-password")));
        browser.waitFor(By.id("email")).sendKeys(email);
        browser.clickAndLoad(browser.find(By.id("request-reset")));
        assertThat(browser.waitFor(By.id("mail-sent")).getText()).contains("If an account has this address");

        String newPassword = "orange-lantern-drifting-7";
        browser.open(mailedLink(email, "RESET"));
        browser.waitFor(By.id("password")).sendKeys(newPassword);
        browser.clickAndLoad(browser.find(By.id("set-password")));
        assertThat(browser.waitFor(By.id("password-was-reset")).getText()).contains("Your password is changed");

        browser.find(By.id("email")).sendKeys(email);
        browser.find(By.id("password")).sendKeys(password);
        browser.clickAndLoad(browser.find(By.id("sign-in")));
        assertThat(browser.waitFor(By.cssSelector("p.problem")).getText()).as("the old password").contains("Wrong e-mail or password");

        browser.signIn(email, newPassword);
        browser.clickAndLoad(browser.find(By.id("nav-orders")));
        assertThat(browser.waitFor(By.id("my-orders")).getText()).contains(listing.board().name());
    }

    private void fillAddressAndAcceptTerms() {
        browser.waitFor(By.id("name")).sendKeys("Ada Lovelace");
        browser.find(By.id("line1")).sendKeys("1 rue de la Paix");
        browser.find(By.id("postalCode")).sendKeys("75002");
        browser.find(By.id("city")).sendKeys("Paris");
        browser.find(By.cssSelector("input[name=termsAccepted][type=checkbox]")).click();
    }
}
