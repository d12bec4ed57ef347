package org.openspacemakers.marketplace.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.openspacemakers.marketplace.catalog.Money;
import org.openspacemakers.marketplace.compliance.OfferKind;
import org.openspacemakers.marketplace.order.OrderStatus;
import org.openspacemakers.marketplace.order.PartCheck;
import org.openspacemakers.marketplace.order.Recall;
import org.openspacemakers.marketplace.shipping.ShippingMethod;

/** Every e-mail is written in English and in French, amounts and days as each language writes them. */
class MailTextsTest {

    private final MailTexts texts = new MailTexts("Open Space Makers");

    @Test
    void everyMessageHasItsFrenchAndEnglishWords() {
        Properties english = load("notification/mails.properties");
        Properties french = load("notification/mails_fr.properties");

        assertThat(french.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        for (OrderStatus status : OrderMails.TOLD_TO_BUYER) {
            assertThat(english).containsKeys("order." + status + ".subject", "order." + status + ".body");
        }
        for (OrderStatus status : OrderMails.TOLD_TO_TEAMS) {
            assertThat(english).containsKeys("team." + status + ".subject", "team." + status + ".body");
        }
        // Keys made from an enum's values: a value added there needs its words here.
        for (PartCheck.Status status : PartCheck.Status.values()) {
            if (status != PartCheck.Status.RECEIVED) {
                assertThat(english).containsKey("parts.status." + status);
            }
        }
        for (Recall.Action action : Recall.Action.values()) {
            assertThat(english).containsKey("recall." + action);
        }
        for (ShippingMethod method : ShippingMethod.values()) {
            assertThat(english).containsKey("shipping." + method);
        }
        for (OfferKind kind : OfferKind.values()) {
            assertThat(english).containsKey("kind." + kind);
        }
    }

    @Test
    void writesAmountsDaysAndApostrophesAsEachLanguageDoes() {
        assertThat(texts.money(Money.euros(14_900), Locale.ENGLISH)).isEqualTo("€149.00");
        assertThat(texts.money(Money.euros(14_900), Locale.FRENCH)).isEqualTo("149,00\u00a0€");
        assertThat(texts.date(java.time.LocalDate.of(2027, 3, 28), Locale.FRENCH)).isEqualTo("28 mars 2027");
        assertThat(texts.text("order.AWAITING_PARTS.body", Locale.FRENCH, "X")).startsWith("L'atelier attend");
        assertThat(texts.signature(Locale.FRENCH)).isEqualTo("-- \nOpen Space Makers");
    }

    @Test
    void aSubjectStaysOneLine() {
        assertThat(texts.subject("expiry.subject", Locale.ENGLISH, "Board\r\nBcc: someone@example.org", "A", "today"))
                .isEqualTo("The approval of Board Bcc: someone@example.org A lapses on today");
    }

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = MailTextsTest.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
