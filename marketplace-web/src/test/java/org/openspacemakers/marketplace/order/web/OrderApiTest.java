package org.openspacemakers.marketplace.order.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.openspacemakers.marketplace.support.OrderBodies.orderBody;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openspacemakers.marketplace.account.AccessTokens;
import org.openspacemakers.marketplace.account.TokenScope;
import org.openspacemakers.marketplace.account.Role;
import org.openspacemakers.marketplace.account.User;
import org.openspacemakers.marketplace.invoice.Invoices;
import org.openspacemakers.marketplace.invoice.OrderDocuments;
import org.openspacemakers.marketplace.order.IdempotencyKeyReused;
import org.openspacemakers.marketplace.order.InvalidOrder;
import org.openspacemakers.marketplace.order.OrderRefused;
import org.openspacemakers.marketplace.order.Orders;
import org.openspacemakers.marketplace.order.PaymentMethod;
import org.openspacemakers.marketplace.order.PlacementBusy;
import org.openspacemakers.marketplace.payment.Payments;
import org.openspacemakers.marketplace.payment.CardCheckouts;
import org.openspacemakers.marketplace.system.StoreAddress;
import org.openspacemakers.marketplace.refusal.InvalidInput;
import org.openspacemakers.marketplace.refusal.Refusal;
import org.openspacemakers.marketplace.refusal.RefusalCode;
import org.openspacemakers.marketplace.support.WebSlice;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The order API's failures as {@code system.ApiProblems} and the API's security chain answer them,
 * kind by kind, without the store: refused input 400 naming each field, a rule's refusal 409 with
 * its reasons, a conflict with the state 409 with its code, a placement that gave up waiting 503
 * with {@code Retry-After}, nothing there 404, no or a bad sign-in 401, the wrong role 403; problem
 * details in the reader's language. The orders service is mocked.
 */
@WebSlice(OrderApi.class)
class OrderApiTest {

    private static final String TOKEN = "buyer-token";
    private static final UUID OFFER = UUID.fromString("6c0a4d4e-8f0b-4c4a-9a43-1d7a1c3a2b10");

    @Autowired
    MockMvc mvc;
    @Autowired
    AccessTokens tokens;
    @MockitoBean
    Orders orders;
    @MockitoBean
    Invoices invoices;
    @MockitoBean
    Payments payments;
    @MockitoBean
    CardCheckouts cardCheckouts;
    @MockitoBean
    StoreAddress store;

    @BeforeEach
    void aBuyerSignsInWithAToken() {
        User buyer = mock(User.class);
        when(buyer.id()).thenReturn(UUID.randomUUID());
        when(buyer.email()).thenReturn("buyer@test.example");
        when(buyer.displayName()).thenReturn("Test Buyer");
        when(buyer.passwordHash()).thenReturn("{noop}unused");
        when(buyer.roles()).thenReturn(Set.of(Role.BUYER));
        when(tokens.authenticate(TOKEN)).thenReturn(Optional.of(new AccessTokens.Bearer(buyer, TokenScope.FULL)));
        when(invoices.documentsOf(any())).thenReturn(new OrderDocuments(Optional.empty(), List.of()));
    }

    @Test
    void aRuleThatRefusesIsAConflictListingEachReasonInTheReadersLanguage() throws Exception {
        when(orders.place(any())).thenThrow(new OrderRefused(List.of(Refusal.of(RefusalCode.CAPACITY_EXHAUSTED, "Team A"))));

        mvc.perform(placing().header("Accept-Language", "fr"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("/problems/order-refused"))
                .andExpect(jsonPath("$.status").value(409))
                .andExpect(jsonPath("$.reasons[0].code").value("CAPACITY_EXHAUSTED"))
                .andExpect(jsonPath("$.reasons[0].subject").value("Team A"))
                .andExpect(jsonPath("$.reasons[0].message").value(org.hamcrest.Matchers.containsString("créneau")));
    }

    @Test
    void aConflictWithTheStateIsAConflictNamedByItsCode() throws Exception {
        when(orders.place(any())).thenThrow(new IdempotencyKeyReused());

        mvc.perform(placing())
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("/problems/idempotency-key-reused"))
                .andExpect(jsonPath("$.reasons[0].code").value("IDEMPOTENCY_KEY_REUSED"))
                .andExpect(jsonPath("$.detail").value("This Idempotency-Key was already used for a different request."));
    }

    @Test
    void aPlacementThatGaveUpWaitingIsUnavailableForNowWithWhenToComeBack() throws Exception {
        when(orders.place(any())).thenThrow(new PlacementBusy(Duration.ofSeconds(3)));

        mvc.perform(placing().header("Accept-Language", "fr"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "3"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("/problems/placement-busy"))
                .andExpect(jsonPath("$.status").value(503))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("rien n'a été enregistré")));
    }

    @Test
    void inputTheServiceRejectsIsABadRequestNamingEachField() throws Exception {
        when(orders.place(any())).thenThrow(new InvalidOrder(List.of(InvalidInput.Problem.of("lines[0].offerId", "invalid.offer"))));

        mvc.perform(placing())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("/problems/invalid-request"))
                .andExpect(jsonPath("$.errors[0].field").value("lines[0].offerId"))
                .andExpect(jsonPath("$.errors[0].message").value("no such offer"));
    }

    @Test
    void aCardOrderWhileCardPaymentsAreOffNamesThePaymentMethodAndIsNotPlaced() throws Exception {
        when(payments.enabled(PaymentMethod.CARD)).thenReturn(false);

        mvc.perform(placing().content(orderBody(OFFER, 1, "FR").replace("\"buyerType\"", "\"paymentMethod\":\"CARD\",\"buyerType\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("paymentMethod"))
                .andExpect(jsonPath("$.errors[0].message").value("card payments are not available: pay by bank transfer"));
        verifyNoInteractions(orders, cardCheckouts);
    }

    @Test
    void aMissingKeyOrABodyThatIsNoJsonIsABadRequestBeforeTheServiceIsAsked() throws Exception {
        mvc.perform(post("/api/v1/orders").header("Authorization", "Bearer " + TOKEN)
                        .contentType(MediaType.APPLICATION_JSON).content(orderBody(OFFER, 1, "FR")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"));
        mvc.perform(placing().content("{\"lines\": ["))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("body"));
        mvc.perform(placing().content(orderBody(OFFER, 0, "FR")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("lines[0].quantity"));
        verifyNoInteractions(orders);
    }

    @Test
    void anOrderThatIsNotTheReadersOrIsNoIdIsNotFound() throws Exception {
        UUID someoneElses = UUID.randomUUID();
        when(orders.findForViewer(eq(someoneElses), any(), anyBoolean())).thenReturn(Optional.empty());

        mvc.perform(get("/api/v1/orders/" + someoneElses).header("Authorization", "Bearer " + TOKEN))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("/problems/not-found"));
        mvc.perform(get("/api/v1/orders/not-an-id").header("Authorization", "Bearer " + TOKEN))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("/problems/not-found"));
    }

    @Test
    void withoutASignInOrWithAnUnknownTokenTheApiAsksForOne() throws Exception {
        mvc.perform(post("/api/v1/orders").header("Idempotency-Key", "k-1")
                        .contentType(MediaType.APPLICATION_JSON).content(orderBody(OFFER, 1, "FR")))
                .andExpect(status().isUnauthorized())
                // no Basic challenge unless the request tried Basic: a browser would open its sign-in dialog
                .andExpect(header().string("WWW-Authenticate", "Bearer"))
                .andExpect(jsonPath("$.type").value("/problems/unauthorized"));
        mvc.perform(get("/api/v1/orders/" + UUID.randomUUID()).header("Authorization", "Bearer revoked"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Bearer"));
        verifyNoInteractions(orders);
    }

    @Test
    void aBuyerMayNotUseTheAdministratorsApi() throws Exception {
        mvc.perform(post("/api/v1/teams").header("Authorization", "Bearer " + TOKEN)
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("/problems/forbidden"));
    }

    /** A buyer's order for one board, with its key and token. */
    private static MockHttpServletRequestBuilder placing() {
        return post("/api/v1/orders").header("Authorization", "Bearer " + TOKEN).header("Idempotency-Key", "k-1")
                .contentType(MediaType.APPLICATION_JSON).content(orderBody(OFFER, 1, "FR"));
    }
}
