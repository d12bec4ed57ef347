package org.openspacemakers.marketplace.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.openspacemakers.marketplace.catalog.BoardPage;
import org.openspacemakers.marketplace.catalog.BoardQueries;
import org.openspacemakers.marketplace.order.AssemblyQueue;
import org.openspacemakers.marketplace.catalog.BoardSummary;
import org.openspacemakers.marketplace.catalog.InvalidCursor;
import org.openspacemakers.marketplace.catalog.ListingQuery;
import org.openspacemakers.marketplace.catalog.Money;
import org.openspacemakers.marketplace.catalog.ProductPages;
import org.openspacemakers.marketplace.compliance.BuyerType;
import org.openspacemakers.marketplace.compliance.CountryCode;
import org.openspacemakers.marketplace.compliance.Destination;
import org.openspacemakers.marketplace.support.WebSlice;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The storefront list's own logic, without the store: which country the visitor is in, the price
 * filter typed in euros, the fallback when a link's cursor no longer fits; behind the store's real
 * security, anonymous and without a session. The catalogue's answers are mocked.
 */
@WebSlice(StorefrontPages.class)
@Import({Storefront.class, ProductPageModel.class, ProductCompliance.class, RenderedPages.class})
class StorefrontPagesTest {

    private static final BoardSummary CARD = new BoardSummary("thermo-card", "Thermo card", "Reads thermocouples",
            "CERN-OHL-S-2.0", "https://example.org/thermo-card", true, Money.euros(14_950), List.of("FULL_KIT"), true, null);

    @Autowired
    MockMvc mvc;
    @MockitoBean
    BoardQueries catalog;
    @MockitoBean
    ProductPages pages;
    @MockitoBean
    Clock clock;
    @MockitoBean
    AssemblyQueue queue;

    @BeforeEach
    void oneBoardListed() {
        when(catalog.list(any())).thenReturn(new BoardPage(List.of(CARD), Optional.empty()));
    }

    @Test
    void theCountryInTheAddressWinsOverTheRegionOfTheBrowsersLanguages() throws Exception {
        mvc.perform(get("/").param("country", " de ").param("orderable", "true").header("Accept-Language", "fr-BE"))
                .andExpect(status().isOk())
                .andExpect(model().attribute("country", "DE"));

        assertThat(listed().orderableTo()).contains(new Destination(CountryCode.of("DE"), BuyerType.CONSUMER));
    }

    @Test
    void withoutACountryNoneIsGuessedFromTheBrowsersLanguages() throws Exception {
        mvc.perform(get("/").param("orderable", "true").header("Accept-Language", "en-US,fr-BE;q=0.9"))
                .andExpect(status().isOk())
                .andExpect(model().attribute("country", Matchers.nullValue()))
                .andExpect(content().string(Matchers.containsString("choose your country")));

        assertThat(listed().orderableTo()).isEmpty();
        assertThat(listed().orderableLabelFor()).isEmpty();
    }

    @Test
    void aCountryThatIsNoCountryMeansNoneAndTheLanguagesAreNotAsked() throws Exception {
        mvc.perform(get("/").param("country", "ZZ").param("orderable", "true").header("Accept-Language", "fr-BE"))
                .andExpect(status().isOk())
                .andExpect(model().attribute("country", Matchers.nullValue()));

        assertThat(listed().orderableTo()).isEmpty();
    }

    @Test
    void theCountryFiltersOnlyWhenOrderableIsAsked() throws Exception {
        mvc.perform(get("/").param("country", "DE"))
                .andExpect(status().isOk())
                .andExpect(model().attribute("country", "DE"))
                .andExpect(content().string(Matchers.containsString("Orderable to Germany")))
                .andExpect(content().string(Matchers.containsString("/boards/thermo-card?country=DE&amp;lang=en")));

        assertThat(listed().orderableTo()).isEmpty();
        assertThat(listed().orderableLabelFor()).contains(CountryCode.of("DE"));
    }

    @Test
    void pricesAreTypedInEurosWithAPointOrAComma() throws Exception {
        mvc.perform(get("/").param("minPrice", "12,5").param("maxPrice", " 150.00 ")).andExpect(status().isOk());

        ListingQuery query = listed();
        assertThat(query.minPriceMinor()).contains(1_250L);
        assertThat(query.maxPriceMinor()).contains(15_000L);
    }

    @Test
    void aPriceThatIsNoAmountFiltersNothingAndIsShownBackAsTyped() throws Exception {
        mvc.perform(get("/").param("minPrice", "cheap").param("maxPrice", "12.345"))
                .andExpect(status().isOk())
                .andExpect(model().attribute("minPrice", "cheap"));

        ListingQuery query = listed();
        assertThat(query.minPriceMinor()).isEmpty();
        assertThat(query.maxPriceMinor()).isEmpty();
    }

    @Test
    void aCursorTheCatalogueRefusesGivesTheListFromItsStartKeepingTheSearchButNotThePrices() throws Exception {
        when(catalog.list(argThat(query -> query != null && query.cursor().isPresent()))).thenThrow(new InvalidCursor());

        mvc.perform(get("/").param("q", "thermo").param("cursor", "not-ours").param("minPrice", "10").param("sort", "NEWEST"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Thermo card")));

        ArgumentCaptor<ListingQuery> queries = ArgumentCaptor.forClass(ListingQuery.class);
        verify(catalog, times(2)).list(queries.capture());
        ListingQuery retried = queries.getAllValues().get(1);
        assertThat(retried.cursor()).isEmpty();
        assertThat(retried.minPriceMinor()).isEmpty();
        assertThat(retried.text()).contains("thermo");
        assertThat(retried.sort().name()).isEqualTo("NEWEST");
    }

    @Test
    void anAnonymousVisitorGetsThePageWithoutASessionBehindTheStoresHeaders() throws Exception {
        mvc.perform(get("/").header("Accept-Language", "fr"))
                .andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getRequest().getSession(false)).isNull())
                .andExpect(header().string("Content-Security-Policy", Matchers.containsString("default-src 'self'")))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(content().string(Matchers.containsString("/boards/thermo-card?lang=fr")))
                .andExpect(content().string(Matchers.containsString("à partir de 149.50 EUR")));
    }

    @Test
    void theSecurityOfTheStoreStillGuardsThePagesAroundIt() throws Exception {
        mvc.perform(get("/teams")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
    }

    /** The one query the list page asked of the catalogue. */
    private ListingQuery listed() {
        ArgumentCaptor<ListingQuery> query = ArgumentCaptor.forClass(ListingQuery.class);
        verify(catalog).list(query.capture());
        return query.getValue();
    }
}
