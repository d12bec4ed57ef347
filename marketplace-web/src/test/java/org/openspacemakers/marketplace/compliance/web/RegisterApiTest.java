package org.openspacemakers.marketplace.compliance.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openspacemakers.marketplace.support.OrderBodies.orderBody;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openspacemakers.marketplace.account.Role;
import org.openspacemakers.marketplace.fixtures.Credentials;
import org.openspacemakers.marketplace.fixtures.Fixtures;
import org.openspacemakers.marketplace.support.Api;
import org.openspacemakers.marketplace.support.MarketplaceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Administrators keep the producer register; a WEEE registration opens a country to approved boards.
 * The register is global: these tests register LU, MT and SI, where no other test sells, and leave
 * France's as it is (see {@link #onlyAdministratorsChangeTheRegisterAndBadInputIsRefused}).
 */
@MarketplaceTest
class RegisterApiTest {

    @Autowired
    Api api;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aWeeeRegistrationThroughItsRepresentativeOpensTheCountry() {
        Fixtures.Listing listing = fixtures.approvedListing("LU");
        Credentials buyer = fixtures.user(Role.BUYER);
        Credentials admin = fixtures.user(Role.ADMIN);
        assertThat(api.placeOrder(buyer, UUID.randomUUID().toString(), orderBody(listing.fullKit().id(), 1, "LU"))
                .codes("reasons")).containsExactly("WEEE_NOT_REGISTERED");

        String until = LocalDate.now().plusYears(1).toString();
        Api.Answer unmandated = api.put("/api/v1/register/weee/LU", admin, """
                {"registrationNumber":"LU-123","holder":"Rep SARL","validUntil":"%s","authorisedRepresentative":"Rep SARL",
                 "categories":[5],"household":true}"""
                .formatted(until));
        assertThat(unmandated.codes("errors")).containsExactly("mandateReference");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM weee_registrations WHERE country = 'LU'", Integer.class)).isZero();

        Api.Answer registered = api.put("/api/v1/register/weee/LU", admin, """
                {"registrationNumber":"LU-123","holder":"Rep SARL","validUntil":"%s","authorisedRepresentative":"Rep SARL",
                 "mandateReference":"Mandate 2026-04","complianceScheme":"Ecotrel","categories":[5],"household":true}"""
                .formatted(until));
        assertThat(registered.status()).isEqualTo(200);
        assertThat(api.placeOrder(buyer, UUID.randomUUID().toString(), orderBody(listing.fullKit().id(), 1, "LU")).status())
                .isEqualTo(201);
        assertThat(api.get("/api/v1/boards?orderableTo=LU&q=" + listing.board().name().substring(6)).json().get("items").size())
                .isEqualTo(1);
        assertThat(api.get("/api/v1/register", fixtures.user(Role.REVIEWER)).body()).contains("Mandate 2026-04");
    }

    @Test
    void aRegistrationWithoutItsRepresentativeAbroadIsExplainedInTheBuyersLanguage() {
        Fixtures.Listing listing = fixtures.approvedListing("SI");
        Credentials buyer = fixtures.user(Role.BUYER);
        assertThat(api.put("/api/v1/register/weee/SI", fixtures.user(Role.ADMIN), """
                {"registrationNumber":"SI-9","holder":"Open Space Makers","validUntil":"%s","categories":[5],"household":true}"""
                .formatted(LocalDate.now().plusYears(1))).status()).isEqualTo(200);

        Api.Answer refused = api.post("/api/v1/orders", buyer, orderBody(listing.fullKit().id(), 1, "SI"),
                java.util.Map.of("Idempotency-Key", UUID.randomUUID().toString(), "Accept-Language", "fr"));

        assertThat(refused.codes("reasons")).containsExactly("WEEE_NOT_REGISTERED");
        JsonNode reason = refused.json().get("reasons").get(0);
        assertThat(reason.get("message").asString()).isEqualTo("L'association n'a pas de mandataire pour les déchets "
                + "électroniques (DEEE) dans ce pays : Slovénie ; un vendeur établi dans un autre État membre doit y en désigner un.");
        assertThat(reason.get("subject").asString()).isEqualTo("SI");
        assertThat(api.get("/boards/" + listing.board().slug() + "?lang=fr&country=SI").body())
                .contains("pas de mandataire pour les déchets électroniques (DEEE) dans ce pays : Slovénie")
                .doesNotContain("authorised", "representative");
    }

    @Test
    void anAdministratorKeepsTheRegisterFromThePage() {
        Credentials admin = fixtures.user(Role.ADMIN);
        Api.Session session = api.signIn(admin);
        Api.Answer saved = api.submit(session, "/admin/register/weee", java.util.Map.of("country", "MT",
                "registrationNumber", "MT-WEEE-42", "holder", "Open Space Makers", "validUntil", "2030-06-30",
                "categories", "5", "household", "true"));
        assertThat(saved.status()).isEqualTo(302);
        String page = api.get("/admin/register?lang=en", session.headers()).body();
        assertThat(page).contains("MT-WEEE-42").contains("id=\"warning\"")
                .contains("Saved, but sales to Malta stay refused").contains("France, unique identifier (IDU) for electrical");
        Api.Answer represented = api.submit(session, "/admin/register/weee", java.util.Map.of("country", "MT",
                "registrationNumber", "MT-WEEE-42", "holder", "Open Space Makers", "validUntil", "2030-06-30",
                "categories", "5", "household", "true", "authorisedRepresentative", "Malta Rep Ltd", "mandateReference", "M-1"));
        assertThat(api.get(represented.header("Location").replace(api.baseUrl(), ""), session.headers()).body())
                .as("represented there: no warning").doesNotContain("id=\"warning\"");
        Api.Answer bad = api.submit(session, "/admin/register/weee", java.util.Map.of("country", "MT",
                "registrationNumber", "MT-WEEE-43", "holder", "X", "validUntil", "never"));
        assertThat(bad.status()).isEqualTo(302);
        assertThat(api.get(bad.header("Location").replace(api.baseUrl(), ""), session.headers()).body())
                .contains("validUntil: is a date written yyyy-MM-dd");
        assertThat(jdbc.queryForObject("SELECT registration_number FROM weee_registrations WHERE country = 'MT'", String.class))
                .isEqualTo("MT-WEEE-42");
        assertThat(api.get("/admin/register", api.signIn(fixtures.user(Role.REVIEWER)).headers()).status()).isEqualTo(403);
    }

    @Test
    void onlyAdministratorsChangeTheRegisterAndBadInputIsRefused() {
        Credentials admin = fixtures.user(Role.ADMIN);
        String body = "{\"registrationNumber\":\"X\",\"holder\":\"Y\",\"validUntil\":\"2030-01-01\",\"categories\":[5],"
                + "\"household\":true}";
        assertThat(api.put("/api/v1/register/weee/AT", fixtures.user(Role.REVIEWER), body).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/register", fixtures.user(Role.BUYER)).status()).isEqualTo(403);
        assertThat(api.put("/api/v1/register/weee/CH", admin, body).codes("errors")).containsExactly("country");
        assertThat(api.put("/api/v1/register/EPR_IDU_EEE/DE", admin, body).codes("errors")).containsExactly("country");
        assertThat(api.put("/api/v1/register/weee/AT", admin, "{\"registrationNumber\":\"X\",\"holder\":\"Y\",\"validUntil\":\"soon\"}")
                .codes("errors")).containsExactly("validUntil");
        assertThat(api.put("/api/v1/register/weee/AT", admin, "{\"registrationNumber\":\"X\",\"holder\":\"Y\","
                + "\"validUntil\":\"2030-01-01\",\"categories\":[7]}").codes("errors")).containsExactly("categories");
        assertThat(api.put("/api/v1/register/weee/AT", admin, "{\"registrationNumber\":\"X\",\"holder\":\"Y\","
                + "\"validUntil\":\"2030-01-01\",\"categories\":[5]}").codes("errors")).containsExactly("household");
        assertThat(api.put("/api/v1/register/LUCID/FR", admin, body).codes("errors")).containsExactly("country");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM weee_registrations WHERE country = 'AT'", Integer.class)).isZero();

        // Every sale to France needs the French IDU, and every test may sell there: the one in place
        // (the demo's) is replaced by another number valid as long, so that no sale and no approval's
        // lapse day changes, and put back afterwards, so that the demo's register stays as loaded.
        JsonNode idu = api.get("/api/v1/register", admin).json().get("producers").valueStream()
                .filter(r -> r.get("kind").asString().equals("EPR_IDU_EEE") && r.get("country").asString().equals("FR"))
                .findFirst().orElseThrow();
        String validUntil = idu.get("validUntil").asString();
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        try {
            assertThat(api.put("/api/v1/register/EPR_IDU_EEE/FR", admin, producer("FR012345_01ABCD", "Open Space Makers",
                    validUntil)).status()).isEqualTo(200);
            assertThat(api.get("/boards/" + listing.board().slug() + "?lang=en").body()).as("buyers see the French IDU")
                    .contains("id=\"french-idu\">FR012345_01ABCD<").contains("Manufacturer and seller");
        } finally {
            assertThat(api.put("/api/v1/register/EPR_IDU_EEE/FR", admin, producer(idu.get("registrationNumber").asString(),
                    idu.get("holder").asString(), validUntil)).status()).isEqualTo(200);
        }
    }

    @Test
    void aWeeeRegistrationMustCoverTheBoardsCategoryAndScope() {
        Fixtures.Listing listing = fixtures.approvedListing("LV");
        Credentials buyer = fixtures.user(Role.BUYER);
        Credentials admin = fixtures.user(Role.ADMIN);
        String registration = """
                {"registrationNumber":"LV-7","holder":"Open Space Makers","validUntil":"%s","authorisedRepresentative":"Rep SIA",
                 "mandateReference":"Mandate LV-1","categories":%s,"household":%s,"professional":true}""";
        String until = LocalDate.now().plusYears(1).toString();

        assertThat(api.put("/api/v1/register/weee/LV", admin, registration.formatted(until, "[6]", true)).status())
                .isEqualTo(200);
        Api.Answer otherCategory = api.post("/api/v1/orders", buyer, orderBody(listing.fullKit().id(), 1, "LV"),
                java.util.Map.of("Idempotency-Key", UUID.randomUUID().toString(), "Accept-Language", "en"));
        assertThat(otherCategory.codes("reasons")).containsExactly("WEEE_NOT_REGISTERED");
        assertThat(otherCategory.json().get("reasons").get(0).get("message").asString()).isEqualTo("The association's "
                + "registration for electronic waste (WEEE) in Latvia does not cover this board's category of equipment.");

        assertThat(api.put("/api/v1/register/weee/LV", admin, registration.formatted(until, "[5, 6]", false)).status())
                .isEqualTo(200);
        Api.Answer professionalOnly = api.post("/api/v1/orders", buyer, orderBody(listing.fullKit().id(), 1, "LV"),
                java.util.Map.of("Idempotency-Key", UUID.randomUUID().toString(), "Accept-Language", "fr"));
        assertThat(professionalOnly.json().get("reasons").get(0).get("message").asString()).isEqualTo("L'enregistrement "
                + "de l'association pour les déchets électroniques (DEEE) dans ce pays : Lettonie ne couvre pas ce type "
                + "d'équipement (ménager ou professionnel).");

        Api.Answer covering = api.put("/api/v1/register/weee/LV", admin, registration.formatted(until, "[5]", true));
        assertThat(covering.json().get("categories").toString()).isEqualTo("[5]");
        assertThat(api.placeOrder(buyer, UUID.randomUUID().toString(), orderBody(listing.fullKit().id(), 1, "LV")).status())
                .isEqualTo(201);
    }

    @Test
    void offersForGermanyShowTheGermanWeeeNumber() {
        Fixtures.Listing listing = fixtures.approvedListing("FR", "DE");
        String german = api.get("/api/v1/register", fixtures.user(Role.ADMIN)).json().get("weee").valueStream()
                .filter(r -> r.get("country").asString().equals("DE")).findFirst().orElseThrow()
                .get("registrationNumber").asString();
        String page = api.get("/boards/" + listing.board().slug() + "?lang=en&country=DE").body();
        assertThat(page).contains("id=\"weee-number\"", "German WEEE registration number (WEEE-Reg.-Nr. DE)", german);
        assertThat(api.get("/boards/" + listing.board().slug() + "?lang=en&country=FR").body())
                .doesNotContain("weee-number", german);
    }

    private static String producer(String registrationNumber, String holder, String validUntil) {
        return Api.JSON.createObjectNode().put("registrationNumber", registrationNumber).put("holder", holder)
                .put("validUntil", validUntil).toString();
    }
}
