package org.openspacemakers.marketplace.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openspacemakers.marketplace.account.Role;
import org.openspacemakers.marketplace.catalog.Team;
import org.openspacemakers.marketplace.fixtures.Credentials;
import org.openspacemakers.marketplace.fixtures.DossierFixtures;
import org.openspacemakers.marketplace.fixtures.Fixtures;
import org.openspacemakers.marketplace.support.BrowserJourney;
import org.openspacemakers.marketplace.support.MarketplaceTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A maker of a fresh team, in a real browser and from the pages alone: lists a new board for it, from
 * empty to submitted for review, stating its compliance dossier on the way (an evidence file
 * uploaded, a few fields saved; the submission refused with what is still missing; the rest
 * filled); a buyer then finds it by a part number of its BOM.
 */
@MarketplaceTest
class MakerJourneyBrowserTest extends BrowserJourney {

    @Autowired
    Fixtures fixtures;

    @Test
    void aMakerListsABoardFromEmptyToSubmittedAndABuyerFindsItByAPartNumber() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String slug = "probe-" + suffix;
        String mpn = "ZX" + suffix.toUpperCase() + "QFN";
        Path bom = Files.createTempFile("bom", ".csv");
        Files.writeString(bom, "Designator,Comment,Footprint,Quantity,Manufacturer Part\n\"R1,R2\",10k,0603,2,RC0603FR-0710KL\nU1,Probe IC,QFN-16,1," + mpn + "\n");
        Path declaration = Files.createTempFile("declaration", ".pdf");
        Files.write(declaration, DossierFixtures.pdf("EU Declaration of Conformity", "Logic probe " + suffix));
        Path photo = Files.createTempFile("photo", ".png");
        ImageIO.write(new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB), "png", photo.toFile());

        Credentials maker = fixtures.user(Role.MAKER);
        Team team = fixtures.team(maker);
        browser.signIn(maker.email(), maker.password());
        browser.clickAndLoad(browser.find(By.id("nav-teams")));
        browser.clickAndLoad(browser.waitFor(By.id("team-" + team.slug())));
        browser.clickAndLoad(browser.waitFor(By.id("new-board")));

        browser.waitFor(By.id("slug")).sendKeys(slug);
        browser.find(By.id("name")).sendKeys("Logic probe " + suffix);
        browser.find(By.id("summary")).sendKeys("A pocket logic probe.");
        browser.find(By.id("description")).sendKeys("A **pocket** logic probe for 3.3 V and 5 V circuits.");
        browser.find(By.id("sourceUrl")).sendKeys("https://github.com/example/logic-probe");
        browser.find(By.id("tags")).sendKeys("probe, logic");
        browser.clickAndLoad(browser.find(By.id("create-board")));
        assertThat(browser.waitFor(By.id("notice")).getText()).isEqualTo("Saved.");

        browser.find(By.id("photo")).sendKeys(photo.toString());
        browser.submitAndLoad(browser.find(By.id("photo")));
        assertThat(browser.waitFor(By.id("notice")).getText()).isEqualTo("Photo added.");
        Path portrait = Files.createTempFile("portrait", ".png");
        ImageIO.write(new BufferedImage(600, 800, BufferedImage.TYPE_INT_RGB), "png", portrait.toFile());
        browser.find(By.id("photo")).sendKeys(portrait.toString());
        browser.find(By.id("photo-credit")).sendKeys("Photo: Camille Laurent");
        browser.submitAndLoad(browser.find(By.id("photo")));
        String portraitImage = browser.find(By.cssSelector("#photo-2 img")).getAttribute("src");
        browser.clickAndLoad(browser.find(By.cssSelector("#photo-2 button[aria-label='Move up photo 2']")));
        assertThat(browser.waitFor(By.id("notice")).getText()).isEqualTo("Photo moved.");
        assertThat(browser.find(By.cssSelector("#photo-1 img")).getAttribute("src")).isEqualTo(portraitImage);
        browser.clickAndLoad(browser.find(By.cssSelector("#photo-2 button[aria-label='Delete photo 2']")));
        assertThat(browser.waitFor(By.id("notice")).getText()).isEqualTo("Photo deleted.");
        assertThat(browser.findAll(By.cssSelector(".photo-list li"))).hasSize(1);
        assertThat(browser.find(By.id("credit-1")).getDomProperty("value")).isEqualTo("Photo: Camille Laurent");
        browser.find(By.id("credit-1")).sendKeys(", CC BY 4.0");
        browser.submitAndLoad(browser.find(By.id("credit-1")));
        assertThat(browser.waitFor(By.id("notice")).getText()).isEqualTo("Photo credit saved.");

        browser.find(By.id("new-label")).sendKeys("1.0");
        browser.clickAndLoad(browser.find(By.id("add-revision")));
        assertThat(browser.waitFor(By.id("notice")).getText()).isEqualTo("Revision created.");

        WebElement revision = browser.find(By.id("edit-revision-1.0"));
        revision.findElement(By.className("bom-file")).sendKeys(bom.toString());
        browser.clickAndLoad(revision.findElement(By.className("upload-bom")));
        assertThat(browser.waitFor(By.id("notice")).getText()).isEqualTo("BOM imported.");

        WebElement fullKit = browser.find(By.id("edit-revision-1.0")).findElement(By.className("offer-FULL_KIT"));
        fill(fullKit, "price", "20.00");
        fill(fullKit, "parts", "8");
        fill(fullKit, "pcb", "2");
        fill(fullKit, "labour", "6");
        fill(fullKit, "association", "2");
        fill(fullKit, "team", "2");
        browser.clickAndLoad(fullKit.findElement(By.className("save-offer")));
        assertThat(browser.waitFor(By.id("notice")).getText()).isEqualTo("Saved.");

        browser.clickAndLoad(browser.find(By.id("preview-link")));
        assertThat(browser.waitFor(By.id("preview-banner")).getText()).contains("Preview: buyers cannot see this page yet.");
        assertThat(browser.find(By.id("offer-FULL_KIT")).getText()).contains("20.00 EUR");
        assertThat(browser.findAll(By.cssSelector(".add-to-cart"))).isEmpty();
        assertThat(browser.find(By.cssSelector(".gallery figcaption")).getText()).isEqualTo("Photo: Camille Laurent, CC BY 4.0");
        browser.clickAndLoad(browser.find(By.id("preview-banner")).findElement(By.tagName("a")));

        browser.clickAndLoad(browser.find(By.id("edit-revision-1.0")).findElement(By.className("open-dossier")));
        browser.waitFor(By.id("evidence-file")).sendKeys(declaration.toString());
        browser.clickAndLoad(browser.find(By.id("upload-evidence-button")));
        assertThat(browser.waitFor(By.id("notice")).getText()).isEqualTo("Evidence file added.");
        String fileName = declaration.getFileName().toString();
        assertThat(browser.find(By.id("evidence-files")).getText()).contains(fileName);
        assertThat(browser.find(By.id("steps")).getText()).contains("CE marking").contains("missing");
        browser.find(By.id("ce-act-EMC")).click();
        browser.find(By.id("ce-supplyVoltage")).sendKeys("5 V from the probed circuit");
        browser.clickAndLoad(browser.find(By.id("save-ce")));
        assertThat(browser.waitFor(By.id("notice")).getText()).isEqualTo("Step saved.");
        browser.find(By.id("ce-docNumber")).sendKeys("DOC-PROBE-" + suffix);
        new Select(browser.find(By.id("ce-docFile"))).selectByVisibleText(fileName);
        browser.clickAndLoad(browser.find(By.id("save-declaration")));
        assertThat(browser.waitFor(By.id("notice")).getText()).isEqualTo("Step saved.");
        browser.find(By.id("gpsr-warnings-en")).sendKeys("Handle unpowered.");
        browser.clickAndLoad(browser.find(By.id("save-gpsr")));
        assertThat(browser.waitFor(By.id("notice")).getText()).isEqualTo("Step saved.");
        assertThat(browser.find(By.id("ce-docNumber")).getDomProperty("value")).isEqualTo("DOC-PROBE-" + suffix);
        assertThat(browser.find(By.id("ce-act-EMC")).isSelected()).isTrue();
        assertThat(new Select(browser.find(By.id("ce-docFile"))).getFirstSelectedOption().getText()).isEqualTo(fileName);
        assertThat(browser.find(By.id("gpsr-warnings-en")).getDomProperty("value")).isEqualTo("Handle unpowered.");
        assertThat(browser.find(By.id("gaps")).getText()).doesNotContain("declaration file").contains("scope rationale");
        browser.clickAndLoad(browser.find(By.id("back-to-listing")));

        browser.clickAndLoad(browser.waitFor(By.id("edit-revision-1.0")).findElement(By.className("submit-revision")));
        WebElement refused = browser.waitFor(By.id("submit-refused"));
        assertThat(refused.getText()).contains("Not submitted").contains("scope rationale").doesNotContain("declaration file");
        assertThat(browser.find(By.id("edit-revision-1.0")).getText()).contains("Draft");

        browser.clickAndLoad(browser.find(By.id("edit-revision-1.0")).findElement(By.className("open-dossier")));
        browser.waitFor(By.id("ce-scopeRationale")).sendKeys("Powered from the probed circuit below 50 V: outside the LVD.");
        new Select(browser.find(By.id("ce-emcClass"))).selectByValue("B");
        browser.find(By.id("std-0-number")).sendKeys("EN IEC 61326-1");
        browser.find(By.id("std-0-edition")).sendKeys("2021");
        browser.find(By.id("ce-technicalFileRef")).sendKeys("TF-PROBE-" + suffix);
        browser.clickAndLoad(browser.find(By.id("save-ce")));
        assertThat(browser.waitFor(By.id("notice")).getText()).isEqualTo("Step saved.");
        assertThat(browser.find(By.id("ce-docRevisionLabel")).getDomProperty("value")).as("offered from the revision")
                .isEqualTo("1.0");
        assertThat(browser.find(By.id("ce-docBomHash")).getDomProperty("value")).hasSize(64);
        browser.find(By.id("ce-docSignatoryName")).sendKeys("Camille Laurent");
        browser.find(By.id("ce-docSignatoryFunction")).sendKeys("Compliance officer");
        browser.find(By.id("ce-docPlace")).sendKeys("Toulouse");
        browser.setDate(By.id("ce-docSignedOn"), java.time.LocalDate.of(2026, 11, 30));
        browser.clickAndLoad(browser.find(By.id("save-declaration")));
        assertThat(browser.waitFor(By.id("notice")).getText()).isEqualTo("Step saved.");
        new Select(browser.find(By.id("rohs-category"))).selectByValue("9");
        // One declaration covers both BOM lines: ticked once each, its kind and file given once.
        browser.find(By.id("part-0-apply")).click();
        browser.find(By.id("part-1-apply")).click();
        new Select(browser.find(By.id("rohs-bulk-type"))).selectByValue("MANUFACTURER_DECLARATION");
        new Select(browser.find(By.id("rohs-bulk-file"))).selectByVisibleText(fileName);
        new Select(browser.find(By.id("rohs-solderFile"))).selectByVisibleText(fileName);
        browser.find(By.id("rohs-pcbFinish")).sendKeys("ENIG");
        browser.clickAndLoad(browser.find(By.id("save-rohs")));
        assertThat(browser.waitFor(By.id("notice")).getText()).isEqualTo("Step saved.");
        assertThat(new Select(browser.find(By.id("part-1-file"))).getFirstSelectedOption().getText()).isEqualTo(fileName);
        browser.find(By.id("weee-categories")).sendKeys("Category 5 (small equipment)");
        browser.find(By.id("weee-takeBack")).sendKeys("Send it back to the workshop.");
        browser.clickAndLoad(browser.find(By.id("save-weee")));
        assertThat(browser.waitFor(By.id("notice")).getText()).isEqualTo("Step saved.");
        assertThat(browser.find(By.id("gpsr-manufacturerName")).getDomProperty("value")).as("the association's, prefilled")
                .isEqualTo("Open Space Makers");
        assertThat(browser.find(By.id("gpsr-postalAddress")).getDomProperty("value")).isNotBlank();
        browser.find(By.id("gpsr-email")).clear();
        browser.find(By.id("gpsr-email")).sendKeys("probe@example.org");
        browser.find(By.id("gpsr-productIdentification")).sendKeys("Logic probe " + suffix + ", revision 1.0");
        browser.clickAndLoad(browser.find(By.id("save-gpsr")));
        assertThat(browser.waitFor(By.id("notice")).getText()).isEqualTo("Step saved.");
        assertThat(browser.find(By.id("no-gaps")).isDisplayed()).isTrue();

        browser.clickAndLoad(browser.find(By.id("submit-revision")));
        assertThat(browser.waitFor(By.id("notice")).getText()).isEqualTo("Submitted for compliance review.");
        assertThat(browser.find(By.id("edit-revision-1.0")).getText()).contains("Submitted for review");

        browser.open("/?lang=en&q=" + mpn);
        browser.clickAndLoad(browser.waitFor(By.id("board-" + slug)));
        WebElement offer = browser.waitFor(By.id("offer-FULL_KIT"));
        assertThat(offer.getText()).contains("20.00 EUR");
        assertThat(browser.find(By.tagName("main")).getText()).contains("pocket");
        assertThat(browser.find(By.cssSelector(".gallery figcaption")).getText()).isEqualTo("Photo: Camille Laurent, CC BY 4.0");
    }

    private static void fill(WebElement form, String name, String value) {
        WebElement field = form.findElement(By.name(name));
        field.clear();
        field.sendKeys(value);
    }
}
