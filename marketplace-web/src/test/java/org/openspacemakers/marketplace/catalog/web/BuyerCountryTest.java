package org.openspacemakers.marketplace.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openspacemakers.marketplace.fixtures.Fixtures;
import org.openspacemakers.marketplace.support.Api;
import org.openspacemakers.marketplace.support.MarketplaceTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The buyer's country is the one they choose, carried in the store's links; never a guess from
 * their browser's language. The storefront's "orderable" says what the product page says for that
 * country, and a board waiting for review is "not orderable yet", without its dossier's gaps.
 */
@MarketplaceTest
class BuyerCountryTest {

    private static final Map<String, String> AMERICAN_ENGLISH = Map.of("Accept-Language", "en-US,en;q=0.9");

    @Autowired
    Api api;
    @Autowired
    Fixtures fixtures;

    @Test
    void withoutAChosenCountryTheProductPageAsksForOneWhateverTheBrowsersLanguage() {
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        String path = "/boards/" + listing.board().slug();

        Api.Answer page = api.get(path, AMERICAN_ENGLISH);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Set-Cookie")).as("anonymous: no cookie, no session").isNull();
        assertThat(page.body()).doesNotContain("Cannot be ordered to").doesNotContain("class=\"reasons\"")
                .contains("Choose your country to see whether it can be ordered.")
                .contains("<option value=\"\">choose your country</option>")
                .contains("<option value=\"FR\">France</option>")
                .doesNotContain("value=\"US\"");
        assertThat(api.get(path + "?lang=fr", Map.of("Accept-Language", "fr-BE")).body())
                .contains("Choisissez votre pays pour savoir si elle peut être commandée.")
                .contains("<option value=\"BE\">Belgique</option>");

        String chosen = api.get(path + "?lang=en&country=FR", AMERICAN_ENGLISH).body();
        assertThat(chosen).contains("Can be ordered to France").contains("<option value=\"FR\" selected=\"selected\">France</option>")
                .contains("/orders/new?offer=").contains("&amp;country=FR")
                .contains("hreflang=\"fr\"").contains("?country=FR&amp;lang=fr\"")
                .doesNotContain("Choose your country to see");
    }

    @Test
    void theStorefrontsOrderableLabelIsTheProductPagesAnswerForTheChosenCountry() {
        Fixtures.Listing france = fixtures.approvedListing("FR");
        String slug = france.board().slug();
        String list = "/?lang=en&q=" + france.board().name().substring("Board ".length());

        String anywhere = card(api.get(list, AMERICAN_ENGLISH).body(), slug);
        assertThat(anywhere).contains(">Orderable<").contains("/boards/" + slug + "?lang=en\"");

        String toFrance = card(api.get(list + "&country=FR").body(), slug);
        assertThat(toFrance).contains("Orderable to France").contains("/boards/" + slug + "?country=FR&amp;lang=en");
        assertThat(api.get("/boards/" + slug + "?country=FR&lang=en").body()).contains("Can be ordered to France");

        String toGermany = card(api.get(list + "&country=DE").body(), slug);
        assertThat(toGermany).contains("Not orderable to Germany");
        assertThat(api.get("/boards/" + slug + "?country=DE&lang=en").body()).contains("Cannot be ordered to Germany")
                .doesNotContain("Can be ordered to Germany");
        assertThat(card(api.get(list.replace("lang=en", "lang=fr") + "&country=DE").body(), slug))
                .contains("Non commandable (pays de livraison : Allemagne)");
    }

    @Test
    void aBoardWaitingForReviewIsNotOrderableYetAndItsDossierIsNotShownToBuyers() {
        Fixtures.Listing submitted = fixtures.submittedListing();
        String slug = submitted.board().slug();

        assertThat(card(api.get("/?lang=en&country=FR&q=" + submitted.board().name().substring("Board ".length())).body(), slug))
                .as("not orderable anywhere yet, whatever the country").contains("Not orderable yet");
        assertThat(card(api.get("/?lang=en&q=" + submitted.board().name().substring("Board ".length())).body(), slug))
                .contains("Not orderable yet");

        for (String query : new String[] {"?lang=en", "?lang=en&country=FR", "?lang=en&country=IT"}) {
            String page = api.get("/boards/" + slug + query).body();
            assertThat(page).as(query).contains("Not orderable yet: awaiting its compliance review.")
                    .doesNotContain("class=\"reasons\"").doesNotContain("Cannot be ordered")
                    .doesNotContain("Choose your country to see whether it can be ordered");
        }
        assertThat(api.get("/boards/" + slug + "?lang=fr&country=FR").body())
                .contains("Pas encore commandable : en attente de sa revue de conformité.");
    }

    /** The storefront's card of one board. */
    private static String card(String page, String slug) {
        int start = page.indexOf("id=\"board-" + slug + "\"");
        assertThat(start).as("the card of " + slug).isPositive();
        int end = page.indexOf("</li>", start);
        return page.substring(start, end);
    }
}
