package org.openspacemakers.marketplace.order.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openspacemakers.marketplace.support.OrderBodies.orderBody;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openspacemakers.marketplace.account.Role;
import org.openspacemakers.marketplace.fixtures.Credentials;
import org.openspacemakers.marketplace.fixtures.DossierFixtures;
import org.openspacemakers.marketplace.fixtures.Fixtures;
import org.openspacemakers.marketplace.support.Api;
import org.openspacemakers.marketplace.support.CheckoutForms;
import org.openspacemakers.marketplace.support.MarketplaceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Assembly-only parts are really checked: a board is offered assembly-only only when every part
 * to place has a manufacturer part number; the buyer is shown those parts and may change them,
 * the gate compares them with the approved BOM and its alternates, and the order keeps them for
 * the workshop.
 */
@MarketplaceTest
class AssemblyOnlyPartsTest {

    private static final String ASSEMBLY_ONLY = """
            {"price":{"amountMinor":1500,"currency":"EUR"},"vatCategory":"STANDARD",
             "breakdown":{"partsMinor":0,"pcbMinor":300,"labourMinor":800,"associationMinor":200,"teamMinor":200}}""";
    private static final String BOM_WITHOUT_AN_MPN = """
            Reference,Value,Footprint,Quantity,Manufacturer,MPN
            "R1,R2",10k,R_0603,2,Yageo,RC0603FR-0710KL
            U1,MAX31856,SSOP-14,1,Analog Devices,
            """;

    @Autowired
    Api api;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DossierFixtures dossiers;

    @Test
    void aBoardWithAPartToPlaceWithoutAnMpnIsNotOfferedAssemblyOnly() {
        Fixtures.Listing listing = fixtures.draftListing();
        String revision = "/api/v1/revisions/" + listing.revision().id();
        assertThat(api.put(revision + "/offers/ASSEMBLY_ONLY", listing.maker(), ASSEMBLY_ONLY).status()).isEqualTo(200);
        assertThat(api.putBytes(revision + "/bom", listing.maker(), BOM_WITHOUT_AN_MPN.getBytes(StandardCharsets.UTF_8),
                "text/csv", Map.of()).status()).isEqualTo(200);

        Api.Answer submitted = api.post(revision + "/submit", listing.maker(), null);
        assertThat(submitted.status()).isEqualTo(400);
        assertThat(submitted.codes("errors")).containsExactly("offers");
        assertThat(submitted.json().get("errors").get(0).get("message").asString()).contains("U1");

        Fixtures.Listing other = fixtures.draftListing();
        String otherRevision = "/api/v1/revisions/" + other.revision().id();
        api.putBytes(otherRevision + "/bom", other.maker(), BOM_WITHOUT_AN_MPN.getBytes(StandardCharsets.UTF_8), "text/csv",
                Map.of());
        Api.Answer offered = api.put(otherRevision + "/offers/ASSEMBLY_ONLY", other.maker(), ASSEMBLY_ONLY);
        assertThat(offered.status()).isEqualTo(400);
        assertThat(offered.codes("errors")).containsExactly("kind");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM offers WHERE revision_id = ? AND kind = 'ASSEMBLY_ONLY'",
                Integer.class, other.revision().id().toString())).isZero();
    }

    @Test
    void theOrderKeepsTheBuyersPartsOrTheApprovedBomsForTheWorkshop() {
        String offer = approvedAssemblyOnly();
        Credentials buyer = fixtures.user(Role.BUYER);

        Api.Answer defaults = api.placeOrder(buyer, key(), orderBody(UUID.fromString(offer), 1, "FR"));
        assertThat(defaults.status()).isEqualTo(201);
        assertThat(parts(buyer, defaults)).containsExactly("R1 R2=RC0603FR-0710KL", "U1=MAX31856MUD+T");

        Api.Answer alternate = api.placeOrder(buyer, key(), orderBody(UUID.fromString(offer), 1, "FR")
                .replace("\"quantity\":1}", "\"quantity\":1,\"suppliedParts\":[{\"reference\":\"R1\",\"mpn\":\"ERJ-3EKF1002V\"}]}"));
        assertThat(alternate.status()).isEqualTo(201);
        assertThat(parts(buyer, alternate)).containsExactly("R1=ERJ-3EKF1002V", "U1=MAX31856MUD+T");
    }

    @Test
    void theOrderPageShowsThePartsToSupplyAndRefusesOneTheTeamDidNotAccept() {
        String offer = approvedAssemblyOnly();
        Credentials buyer = fixtures.user(Role.BUYER);
        Api.Session session = api.signIn(buyer);

        String page = api.get("/orders/new?lang=en&country=FR&offer=" + offer, session.headers()).body();
        assertThat(page).contains("id=\"supplied-parts-0\"").contains("value=\"RC0603FR-0710KL\"")
                .contains("value=\"MAX31856MUD+T\"").contains("R1 R2");

        Map<String, String> form = CheckoutForms.oneOffer(UUID.fromString(offer), 1, 1_500);
        form.put("assemblyServiceConsent", "true");
        form.put("lines[0].parts[0].reference", "R1");
        form.put("lines[0].parts[0].mpn", "GRM188R61A475KE15D");
        form.put("lines[0].parts[1].reference", "U1");
        form.put("lines[0].parts[1].mpn", "MAX31856MUD+T");
        Api.Answer refused = api.submit(session, "/checkout?lang=en", form);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("data-code=\"PARTS_MISMATCH\"");

        form.put("lines[0].parts[0].mpn", "ERJ-3EKF1002V");
        form.put("idempotencyKey", key());
        assertThat(api.submit(session, "/checkout?lang=en", form).status()).isEqualTo(302);
    }

    /** An approved revision offered assembly-only, R1 R2 accepting ERJ-3EKF1002V as an alternate: its offer's id. */
    private String approvedAssemblyOnly() {
        Fixtures.Listing listing = fixtures.draftListing();
        String revision = "/api/v1/revisions/" + listing.revision().id();
        Api.Answer offered = api.put(revision + "/offers/ASSEMBLY_ONLY", listing.maker(), ASSEMBLY_ONLY);
        assertThat(offered.status()).isEqualTo(200);
        assertThat(api.put(revision + "/bom/lines/1/alternates", listing.maker(), "{\"mpns\":[\"ERJ-3EKF1002V\"]}").status())
                .isEqualTo(200);
        // The alternate's own RoHS evidence, which the dossier needs before the revision is handed in.
        dossiers.fill(listing.revision().id(), listing.maker().id(), Fixtures.completeDossier());
        assertThat(api.post(revision + "/submit", listing.maker(), null).status()).isEqualTo(200);
        fixtures.approve(listing, "FR");
        return offered.json().get("id").asString();
    }

    private java.util.List<String> parts(Credentials buyer, Api.Answer placed) {
        JsonNode order = api.get("/api/v1/orders/" + placed.json().get("id").asString(), buyer).json();
        java.util.List<String> parts = new java.util.ArrayList<>();
        order.get("lines").get(0).get("suppliedParts").forEach(p -> parts.add(p.get("reference").asString() + "="
                + p.get("mpn").asString()));
        return parts;
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }
}
