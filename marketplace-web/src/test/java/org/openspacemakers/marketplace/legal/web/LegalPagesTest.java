package org.openspacemakers.marketplace.legal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.openspacemakers.marketplace.support.Api;
import org.openspacemakers.marketplace.support.MarketplaceTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The legal notice, the contact page and the privacy notice: public, in both languages, naming the
 * identity configured under {@code marketplace.association.*}, each linked from every page's footer
 * with the terms of sale; and no anonymous page sets a cookie, so the privacy notice tells the truth.
 * The values are the demo's defaults of application.properties (the shared context is kept).
 */
@MarketplaceTest
class LegalPagesTest {

    private static final List<String> FOOTER_LINKS = List.of("/legal", "/contact", "/privacy", "/terms");

    @Autowired
    Api api;

    @Test
    void anonymousPagesSetNoCookieAtAll() {
        for (String page : List.of("/", "/?lang=fr", "/boards/thermocouple-card", "/boards/thermocouple-card?lang=fr&country=FR",
                "/terms", "/legal", "/contact", "/privacy", "/privacy?lang=fr")) {
            Api.Answer answer = api.get(page);
            assertThat(answer.status()).as(page).isEqualTo(200);
            assertThat(answer.headers().keySet()).as(page + " sets no cookie").noneMatch(name -> name.equalsIgnoreCase("Set-Cookie"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void everyLegalPageIsPublicAndLinksToTheOthersFromItsFooter(String lang) {
        for (String page : FOOTER_LINKS) {
            Api.Answer answer = api.get(page + "?lang=" + lang);
            assertThat(answer.status()).as(page).isEqualTo(200);
            assertThat(answer.body()).as(page).contains("<html lang=\"" + lang + "\"")
                    .as(page + " has every message in its language").doesNotContain("??");
            for (String link : FOOTER_LINKS) {
                assertThat(answer.body()).as(page + " links to " + link).contains("href=\"" + link + "?lang=" + lang + "\"");
            }
        }
    }

    @Test
    void theStorefrontFooterLinksToTheLegalPages() {
        String storefront = api.get("/?lang=fr").body();
        assertThat(storefront).contains("id=\"footer-legal\" href=\"/legal?lang=fr\">Mentions légales<")
                .contains("id=\"footer-contact\" href=\"/contact?lang=fr\">Contact<")
                .contains("id=\"footer-privacy\" href=\"/privacy?lang=fr\">Données personnelles<")
                .contains("id=\"footer-terms\" href=\"/terms?lang=fr\">Conditions générales de vente<");
    }

    @Test
    void theLegalNoticeNamesThePublisherItsDirectorAndTheHost() {
        String english = api.get("/legal?lang=en").body();
        assertThat(english).contains("Legal notice").contains("id=\"legal-name\">Open Space Makers<")
                .contains("id=\"legal-office\">12 rue des Ateliers, 31000 Toulouse, France<")
                .contains("id=\"legal-rna\">not configured<").contains("id=\"legal-siret\">not configured<")
                .contains("Association régie par la loi du 1er juillet 1901")
                .contains("id=\"legal-director\">Camille Exemple (demo)<")
                .contains("hosted by Example Hosting SAS (demo), 1 rue de l&#39;Exemple, 75000 Paris, France, telephone +33 1 00 00 00 00");
        String french = api.get("/legal?lang=fr").body();
        assertThat(french).contains("Mentions légales").contains("Directeur ou directrice de la publication")
                .contains("id=\"legal-director\">Camille Exemple (demo)<").contains("id=\"legal-rna\">non renseigné<")
                .contains("hébergé par Example Hosting SAS (demo), 1 rue de l&#39;Exemple, 75000 Paris, France, téléphone +33 1 00 00 00 00");
    }

    @Test
    void theContactPageGivesTheAssociationTheMediatorAndTheClosedOdrPlatform() {
        String english = api.get("/contact?lang=en").body();
        assertThat(english).contains("href=\"mailto:contact@openspacemakers.example\"")
                .contains("id=\"contact-address\">12 rue des Ateliers, 31000 Toulouse, France<")
                .contains("id=\"contact-telephone\" href=\"tel:+33500000000\">+33 5 00 00 00 00<")
                .contains("id=\"contact-mediator-name\">Médiateur Exemple de la consommation (demo)<")
                .contains("href=\"https://mediateur.example\"")
                .contains("was closed on 20 July 2025").contains("Regulation (EU) 2024/3228");
        String french = api.get("/contact?lang=fr").body();
        assertThat(french).contains("Médiateur de la consommation").contains("id=\"contact-mediator-name\">Médiateur Exemple de la consommation (demo)<")
                .contains("a fermé le 20 juillet 2025").contains("règlement (UE) 2024/3228");
    }

    @Test
    void theTermsOfSaleNameTheMediator() {
        assertThat(api.get("/terms?lang=en").body()).contains("the consumer mediator the association adheres to, Médiateur Exemple de la consommation (demo)");
        assertThat(api.get("/terms?lang=fr").body()).contains("auquel l&#39;association adhère, Médiateur Exemple de la consommation (demo)");
    }

    @Test
    void thePrivacyNoticeSaysWhatIsKeptHowLongAndWhichCookie() {
        String english = api.get("/privacy?lang=en").body();
        assertThat(english).contains("Privacy notice").contains("Open Space Makers (12 rue des Ateliers")
                .contains("10 years (French Commercial Code, article L123-22)")
                .contains("As long as the board is on the market, then 10 years")
                .contains("write to contact@openspacemakers.example").contains("CNIL")
                .contains("JSESSIONID").contains("Browsing without signing in sets no cookie at all");
        String french = api.get("/privacy?lang=fr").body();
        assertThat(french).contains("Données personnelles").contains("10 ans (article L123-22 du Code de commerce)")
                .contains("Tant que la carte est sur le marché, puis 10 ans").contains("CNIL").contains("JSESSIONID")
                .contains("Naviguer sans vous connecter ne dépose aucun cookie");
    }
}
