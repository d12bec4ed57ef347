package org.openspacemakers.marketplace.donation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.openspacemakers.marketplace.donation.DonationSettings;
import org.openspacemakers.marketplace.donation.Donations;
import org.openspacemakers.marketplace.donation.DonorCompany;
import org.openspacemakers.marketplace.donation.Pledge;
import org.openspacemakers.marketplace.payment.BankAccount;
import org.openspacemakers.marketplace.payment.DonationCheckouts;
import org.openspacemakers.marketplace.refusal.InvalidInput;
import org.openspacemakers.marketplace.support.WebSlice;
import org.openspacemakers.marketplace.system.RefusalMessages;
import org.openspacemakers.marketplace.system.StoreAddress;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The donation page when the association issues tax receipts: the donor says whether a person or a
 * company gives (a company with its legal form and SIREN number), the postal address is asked, its
 * country chosen by name from every country (a donor may live anywhere), none chosen for them, and
 * what was chosen is kept when the form comes back with an error.
 */
@WebSlice(DonationPages.class)
class DonationTaxReceiptFormTest {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    Donations donations;
    @MockitoBean
    DonationCheckouts checkouts;
    @MockitoBean
    BankAccount account;
    @MockitoBean
    StoreAddress store;
    @MockitoBean
    RefusalMessages explanations;
    @MockitoBean
    Clock clock;

    @BeforeEach
    void taxReceipts() {
        when(donations.settings()).thenReturn(new DonationSettings(null, null, null, true,
                "Promouvoir le matériel libre", "Marie Curie", "Trésorière"));
    }

    @Test
    void theCountryIsChosenByNameAmongEveryCountryAndNoneIsChosenForTheDonor() throws Exception {
        Document page = Jsoup.parse(mvc.perform(get("/donate").param("lang", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        Element country = page.selectFirst("#donor-address select#country[name=country][required]");
        assertThat(country).isNotNull();
        assertThat(page.selectFirst("label[for=country]").text()).isEqualTo("Country");
        assertThat(country.select("option").first().attr("value")).isEmpty();
        assertThat(country.select("option").first().text()).isEqualTo("choose your country");
        assertThat(country.select("option[value=CH]").text()).isEqualTo("Switzerland");
        assertThat(country.select("option[value=FR]").text()).isEqualTo("France");
        assertThat(country.select("option[value=DE]").text()).isEqualTo("Germany");
        assertThat(country.select("option").size()).isGreaterThan(200);
        assertThat(country.select("option[selected]")).as("no country chosen for the donor").extracting(Element::val)
                .containsExactly("");
        assertThat(page.select("#donor-kind input[name=donorKind]")).extracting(Element::val)
                .containsExactly("PERSON", "COMPANY");
        assertThat(page.select("#donor-kind input[checked]")).extracting(Element::val).containsExactly("PERSON");
        assertThat(page.selectFirst("label[for=companyId]").text()).isEqualTo("The company's SIREN number (9 digits)");
        assertThat(page.selectFirst("#legalForm")).isNotNull();
    }

    @Test
    void aCompanysPledgeCarriesItsFormAndSirenAndARefusedNumberComesBackUnderItsField() throws Exception {
        ArgumentCaptor<Pledge> pledge = ArgumentCaptor.forClass(Pledge.class);
        when(donations.pledge(pledge.capture(), any())).thenThrow(new InvalidInput("companyId", "invalid.siren"));

        Document page = Jsoup.parse(mvc.perform(post("/donate").param("lang", "en").with(csrf()).param("amount", "50")
                        .param("donorKind", "COMPANY").param("legalForm", "SAS").param("companyId", "732 829 320")
                        .param("name", "Acme").param("email", "dons@acme.example").param("line1", "1 rue de la Paix")
                        .param("postalCode", "75002").param("city", "Paris").param("country", "FR"))
                .andExpect(status().isBadRequest())
                .andExpect(model().attributeHasFieldErrors("form", "companyId"))
                .andReturn().getResponse().getContentAsString());

        assertThat(pledge.getValue().company()).isEqualTo(new DonorCompany("SAS", "732829320"));
        assertThat(pledge.getValue().name()).isEqualTo("Acme");
        assertThat(page.selectFirst("#companyId + p.field-error").text()).isEqualTo("is not a SIREN number (9 digits)");
        assertThat(page.select("#donor-kind input[checked]")).extracting(Element::val).containsExactly("COMPANY");
        assertThat(page.selectFirst("#companyId").val()).isEqualTo("732 829 320");
    }

    @Test
    void aKindOfDonorThatIsNoneIsRefusedNamingTheField() throws Exception {
        mvc.perform(post("/donate").param("lang", "en").with(csrf()).param("amount", "20").param("donorKind", "STATE")
                        .param("name", "Ada").param("email", "ada@example.org"))
                .andExpect(status().isBadRequest())
                .andExpect(model().attributeHasFieldErrors("form", "donorKind"));

        verify(donations, never()).pledge(any(), any());
    }

    @Test
    void theCountryChosenIsKeptWhenTheFormComesBackWithAnError() throws Exception {
        when(donations.pledge(any(), any())).thenThrow(new InvalidInput("postalCode", "invalid.required"));

        Document page = Jsoup.parse(mvc.perform(post("/donate").param("lang", "en").with(csrf()).param("amount", "20")
                        .param("name", "Ada Lovelace").param("email", "ada@example.org").param("line1", "1 Main Street")
                        .param("city", "Geneva").param("country", "CH").param("paymentMethod", "BANK_TRANSFER"))
                .andExpect(status().isBadRequest())
                .andExpect(model().attributeHasFieldErrors("form", "postalCode"))
                .andReturn().getResponse().getContentAsString());

        assertThat(page.select("select#country option[selected]")).extracting(Element::val).containsExactly("CH");
        assertThat(page.select("select#country option[selected]").text()).isEqualTo("Switzerland");
    }
}
