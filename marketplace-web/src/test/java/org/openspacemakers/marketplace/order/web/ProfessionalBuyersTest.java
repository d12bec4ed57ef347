package org.openspacemakers.marketplace.order.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openspacemakers.marketplace.support.OrderBodies.orderBody;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openspacemakers.marketplace.account.Role;
import org.openspacemakers.marketplace.catalog.Teams;
import org.openspacemakers.marketplace.compliance.DossierContent;
import org.openspacemakers.marketplace.compliance.VatVerification;
import org.openspacemakers.marketplace.compliance.VatVerification.Outcome;
import org.openspacemakers.marketplace.fixtures.Credentials;
import org.openspacemakers.marketplace.fixtures.Fixtures;
import org.openspacemakers.marketplace.order.Orders;
import org.openspacemakers.marketplace.support.Api;
import org.openspacemakers.marketplace.support.MarketplaceTest;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A professional buyer is verified, not declared: a company and an EU VAT number that VIES
 * confirms (here its stand-in: numbers ending in 0000 are not valid, in 9999 VIES is down). An
 * unconfirmed number makes a consumer for the gate; an outage leaves the order waiting.
 */
@MarketplaceTest
class ProfessionalBuyersTest {

    @Autowired
    Api api;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Orders orders;
    @Autowired
    Teams teams;
    @Autowired
    Clock clock;

    @Test
    void aProfessionalNamesACompanyAndAVatNumberOfTheRightFormatAndNothingIsStoredOtherwise() {
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        Credentials buyer = fixtures.user(Role.BUYER);
        long before = orders.count();

        Api.Answer noCompany = api.placeOrder(buyer, key(), asProfessional(listing, null));
        assertThat(noCompany.status()).isEqualTo(400);
        assertThat(noCompany.json().get("errors").get(0).get("field").asString()).isEqualTo("company");
        Api.Answer badNumber = api.placeOrder(buyer, key(), asProfessional(listing, "FR4030326504"));
        assertThat(badNumber.status()).isEqualTo(400);
        assertThat(badNumber.json().get("errors").get(0).get("field").asString()).isEqualTo("company.vatNumber");
        assertThat(orders.count()).isEqualTo(before);
    }

    @Test
    void aConfirmedNumberBuysAnRndBoardAndTheOrderKeepsWhatViesSaidAndWhen() {
        Fixtures.Listing listing = rndListing();
        Credentials buyer = fixtures.user(Role.BUYER);

        Api.Answer placed = api.placeOrder(buyer, key(), asProfessional(listing, "fr 40 303 265 045"));

        assertThat(placed.status()).isEqualTo(201);
        JsonNode company = api.get("/api/v1/orders/" + placed.json().get("id").asString(), buyer).json().get("company");
        assertThat(company.get("name").asString()).isEqualTo("Atelier Ada");
        assertThat(company.get("vatNumber").asString()).isEqualTo("FR40303265045");
        assertThat(company.get("vatCheck").asString()).isEqualTo("VALID");
        assertThat(company.get("vatCheckedAt").asString()).isNotBlank();
        assertThat(placed.json().get("status").asString()).isEqualTo("AWAITING_PAYMENT");
    }

    @Test
    void aNumberViesDoesNotConfirmIsAConsumerForTheGate() {
        Fixtures.Listing listing = rndListing();
        long before = orders.count();

        Api.Answer refused = api.placeOrder(fixtures.user(Role.BUYER), key(), asProfessional(listing, "FR40303260000"));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.codes("reasons")).containsExactly("PROFESSIONAL_NOT_VERIFIED", "CONSUMER_NOT_ALLOWED");
        assertThat(orders.count()).isEqualTo(before);
    }

    @Test
    void anOutageLeavesTheOrderWaitingWithItsBoardsReservedUntilViesAnswers() {
        Fixtures.Listing listing = rndListing();
        Credentials buyer = fixtures.user(Role.BUYER);
        int queued = teams.byId(listing.team().id()).orElseThrow().queuedBoards();

        Api.Answer confirmedLater = api.placeOrder(buyer, key(), asProfessional(listing, "FR40303269999"));
        Api.Answer refusedLater = api.placeOrder(buyer, key(), asProfessional(listing, "FR12303269999"));
        assertThat(List.of(confirmedLater.status(), refusedLater.status())).containsOnly(201);
        assertThat(confirmedLater.json().get("status").asString()).isEqualTo("AWAITING_VERIFICATION");
        assertThat(teams.byId(listing.team().id()).orElseThrow().queuedBoards()).isEqualTo(queued + 2);
        assertThat(orders.verifyWaiting(number -> new VatVerification(number, Outcome.UNAVAILABLE, clock.instant(), "")))
                .as("still down: both keep waiting").isZero();

        assertThat(orders.verifyWaiting(number -> new VatVerification(number,
                number.number().startsWith("40") ? Outcome.VALID : Outcome.INVALID, clock.instant(), "ATELIER ADA")))
                .isEqualTo(2);

        assertThat(status(confirmedLater.json().get("id").asString())).isEqualTo("AWAITING_PAYMENT");
        assertThat(status(refusedLater.json().get("id").asString())).isEqualTo("CANCELLED");
        assertThat(teams.byId(listing.team().id()).orElseThrow().queuedBoards())
                .as("the cancelled order's board went back to the team").isEqualTo(queued + 1);
    }

    private String status(String orderId) {
        return orders.findForViewer(UUID.fromString(orderId), UUID.randomUUID(), true).orElseThrow().status().name();
    }

    private Fixtures.Listing rndListing() {
        return fixtures.approvedListing(
                Fixtures.completeDossier().withUse(DossierContent.IntendedUse.PROFESSIONAL_RND_ONLY), "FR");
    }

    private static String asProfessional(Fixtures.Listing listing, String vatNumber) {
        String company = vatNumber == null ? ""
                : "\"company\":{\"name\":\"Atelier Ada\",\"vatNumber\":\"" + vatNumber + "\"},";
        return orderBody(listing.fullKit().id(), 1, "FR")
                .replace("\"buyerType\":\"CONSUMER\",", company + "\"buyerType\":\"PROFESSIONAL\",");
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }
}
