package org.openspacemakers.marketplace.donation.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openspacemakers.marketplace.donation.DonationSettings;
import org.openspacemakers.marketplace.donation.Donations;
import org.openspacemakers.marketplace.payment.BankAccount;
import org.openspacemakers.marketplace.payment.DonationCheckouts;
import org.openspacemakers.marketplace.support.WebSlice;
import org.openspacemakers.marketplace.system.RefusalMessages;
import org.openspacemakers.marketplace.system.StoreAddress;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The donation page when card payments are off (no Stripe key configured): bank transfer only, as
 * before, and a card chosen anyway (a crafted form) is refused naming the field, nothing pledged.
 */
@WebSlice(DonationPages.class)
class DonationCardsOffTest {

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
    void cardsAreOff() {
        when(checkouts.enabled()).thenReturn(false);
        when(donations.settings()).thenReturn(new DonationSettings(null, null, null, false, null, null, null));
    }

    @Test
    void theDonationPageOffersNoCardWhenCardPaymentsAreOff() throws Exception {
        mvc.perform(get("/donate").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"bank-transfer-only\"")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("id=\"payment-method\""))))
                .andExpect(content().string(Matchers.not(Matchers.containsString("value=\"CARD\""))));
    }

    @Test
    void aCardChosenAnywayIsRefusedNamingTheFieldAndNothingIsPledged() throws Exception {
        mvc.perform(post("/donate").param("lang", "en").with(csrf()).param("amount", "20").param("name", "Ada")
                        .param("email", "ada@example.org").param("paymentMethod", "CARD"))
                .andExpect(status().isBadRequest())
                .andExpect(model().attributeHasFieldErrors("form", "paymentMethod"))
                .andExpect(content().string(Matchers.containsString("card payments are not available")));

        verify(donations, never()).pledge(any(), any());
        verify(donations, never()).pledge(any());
    }

    @Test
    void aMethodThatIsNoneIsRefusedNamingTheField() throws Exception {
        mvc.perform(post("/donate").param("lang", "en").with(csrf()).param("amount", "20").param("name", "Ada")
                        .param("email", "ada@example.org").param("paymentMethod", "CHEQUE"))
                .andExpect(status().isBadRequest())
                .andExpect(model().attributeHasFieldErrors("form", "paymentMethod"))
                .andExpect(content().string(Matchers.containsString("is bank transfer or card")));

        verify(donations, never()).pledge(any(), any());
    }
}
