package org.openspacemakers.marketplace.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openspacemakers.marketplace.catalog.BoardDetails;
import org.openspacemakers.marketplace.catalog.BoardQueries;
import org.openspacemakers.marketplace.compliance.ChecklistItem;
import org.openspacemakers.marketplace.compliance.DossierContent;
import org.openspacemakers.marketplace.compliance.DossierView;
import org.openspacemakers.marketplace.compliance.Dossiers;
import org.openspacemakers.marketplace.compliance.ReviewStatus;
import org.openspacemakers.marketplace.compliance.RevisionRef;
import org.openspacemakers.marketplace.compliance.WeeeCategory;
import org.openspacemakers.marketplace.support.Api;
import org.openspacemakers.marketplace.support.MarketplaceTest;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The demo's wider catalogue, as a buyer sees it through the API: boards of several teams with real
 * BOMs, approved, submitted or with a draft revision. Other tests add boards, so nothing here counts
 * them; and nothing here changes the demo (the Jawbreaker's review is played by
 * {@link DemoContractTest}, in a store of its own).
 */
@MarketplaceTest
class DemoCatalogueTest {

    @Autowired
    Api api;
    @Autowired
    BoardQueries catalog;
    @Autowired
    Dossiers dossiers;

    @Test
    void glasgowIsApprovedForFranceAndGermanyAsFullKitAndAssemblyOnly() {
        JsonNode board = board("glasgow-interface-explorer", "DE");
        assertThat(board.get("licence").asString()).isEqualTo("Apache-2.0");
        assertThat(board.get("sourceUrl").asString()).isEqualTo("https://github.com/GlasgowEmbedded/glasgow");
        assertThat(board.get("team").asString()).isEqualTo("lab-tools");
        JsonNode revision = onlyRevision(board);
        assertThat(revision.get("label").asString()).isEqualTo("revC3");
        assertThat(revision.get("reviewStatus").asString()).isEqualTo("APPROVED");
        assertOffer(offer(revision, "FULL_KIT"), 17_900);
        assertOffer(offer(revision, "ASSEMBLY_ONLY"), 7_900);
        assertThat(revision.get("offers").valueStream().map(o -> o.get("eligible").asBoolean())).containsOnly(true);

        JsonNode toItaly = onlyRevision(board("glasgow-interface-explorer", "IT"));
        assertThat(offer(toItaly, "FULL_KIT").get("eligible").asBoolean()).isFalse();
        assertThat(reasons(offer(toItaly, "FULL_KIT"))).containsExactlyInAnyOrder("NOT_APPROVED_FOR_COUNTRY", "WEEE_NOT_REGISTERED");
        assertThat(listed("glasgow-interface-explorer").get("orderable").asBoolean()).isTrue();
    }

    @Test
    void neo6502IsOfferedAsAFullKitAndApprovedForFranceOnly() {
        JsonNode board = board("neo6502", "FR");
        assertThat(board.get("licence").asString()).isEqualTo("CERN-OHL-S-2.0");
        assertThat(board.get("sourceUrl").asString()).isEqualTo("https://github.com/OLIMEX/Neo6502");
        assertThat(board.get("team").asString()).isEqualTo("retro");
        JsonNode revision = onlyRevision(board);
        assertThat(revision.get("reviewStatus").asString()).isEqualTo("APPROVED");
        assertThat(revision.get("offers").size()).isEqualTo(1);
        JsonNode fullKit = offer(revision, "FULL_KIT");
        assertOffer(fullKit, 5_900);
        assertThat(fullKit.get("eligible").asBoolean()).isTrue();

        JsonNode toGermany = offer(onlyRevision(board("neo6502", "DE")), "FULL_KIT");
        assertThat(toGermany.get("eligible").asBoolean()).isFalse();
        assertThat(reasons(toGermany)).containsExactly("NOT_APPROVED_FOR_COUNTRY");
        assertThat(listed("neo6502").get("offerKinds").valueStream().map(JsonNode::asString)).containsExactly("FULL_KIT");
    }

    @Test
    void jawbreakerWaitsWithACompleteRadioDossierWhoseEnglishWarningsKeepItFromFrance() {
        JsonNode board = board("hackrf-jawbreaker", "FR");
        assertThat(board.get("licence").asString()).isEqualTo("GPL-2.0-or-later");
        assertThat(board.get("sourceUrl").asString()).isEqualTo("https://github.com/greatscottgadgets/hackrf");
        assertThat(board.get("team").asString()).isEqualTo("lab-tools");
        JsonNode revision = onlyRevision(board);
        assertThat(revision.get("reviewStatus").asString()).isEqualTo("SUBMITTED");
        DossierView dossier = dossiers.dossier(RevisionRef.of(UUID.fromString(revision.get("id").asString())));
        assertThat(dossier.gaps()).as("handed in complete").isEmpty();
        assertThat(dossier.checklist()).contains(ChecklistItem.RADIO);
        assertThat(dossier.content().gpsr().warnings()).containsOnlyKeys("en");
        JsonNode fullKit = offer(revision, "FULL_KIT");
        assertOffer(fullKit, 26_900);
        assertThat(reasons(fullKit)).containsExactly("NOT_APPROVED", "WARNINGS_NOT_IN_LANGUAGE");
        assertThat(listed("hackrf-jawbreaker").get("orderable").asBoolean()).isFalse();
    }

    @Test
    void theDemoDossiersClassifyEachBoardAsTheLawDoes() {
        for (String slug : List.of("glasgow-interface-explorer", "neo6502", "orangecrab", "padauk-programmer")) {
            DossierContent content = demoDossier(slug);
            assertThat(content.ce().acts()).as(slug).containsExactlyInAnyOrder(DossierContent.Act.EMC, DossierContent.Act.ROHS);
            assertThat(content.ce().standards()).as(slug + ": IT and multimedia equipment")
                    .extracting(DossierContent.Standard::number).contains("EN 55032", "EN 55035")
                    .doesNotContain("EN IEC 61326-1");
            assertThat(content.rohs().category()).as(slug + ": RoHS category 3, IT").isEqualTo(3);
            assertThat(content.weee().categories()).as(slug + ": WEEE category 6").containsExactly(WeeeCategory.SMALL_IT);
        }
        DossierContent radio = demoDossier("hackrf-jawbreaker");
        assertThat(radio.ce().acts()).as("radio equipment is under the RED, which takes in EMC")
                .containsExactlyInAnyOrder(DossierContent.Act.RED, DossierContent.Act.ROHS);
        assertThat(radio.ce().standards()).extracting(DossierContent.Standard::number)
                .contains("EN 300 328", "EN 301 489-1", "EN IEC 62368-1");
        DossierContent card = demoDossier("thermocouple-card");
        assertThat(card.ce().standards()).extracting(DossierContent.Standard::number).contains("EN IEC 61326-1");
        assertThat(card.rohs().category()).as("a measurement instrument").isEqualTo(9);
        assertThat(card.rohs().parts()).filteredOn(part -> part.exemption().equals("7(c)-I"))
                .extracting(DossierContent.PartEvidence::line).containsExactly("R3 R4");
        assertThat(card.svhc().present()).as("the lead 7(c)-I implies is disclosed").isTrue();
    }

    private DossierContent demoDossier(String slug) {
        BoardDetails details = catalog.board(slug).orElseThrow();
        return dossiers.dossier(RevisionRef.of(details.publicRevisions().get(0).revision().id())).content();
    }

    @Test
    void orangeCrabShowsItsSubmittedRevisionAndHidesTheDraftAfterIt() {
        BoardDetails details = catalog.board("orangecrab").orElseThrow();
        assertThat(details.revisions()).extracting(r -> r.revision().label() + " " + r.revision().reviewStatus())
                .containsExactly("r0.2.1 " + ReviewStatus.DRAFT, "r0.2 " + ReviewStatus.SUBMITTED);

        JsonNode board = board("orangecrab", "FR");
        assertThat(board.get("licence").asString()).isEqualTo("CERN-OHL-1.2");
        assertThat(board.get("sourceUrl").asString()).isEqualTo("https://github.com/orangecrab-fpga/orangecrab-hardware");
        assertThat(board.get("team").asString()).isEqualTo("fpga");
        JsonNode revision = onlyRevision(board);
        assertThat(revision.get("label").asString()).isEqualTo("r0.2");
        assertThat(revision.get("reviewStatus").asString()).isEqualTo("SUBMITTED");
        assertOffer(offer(revision, "FULL_KIT"), 11_900);
        JsonNode listed = listed("orangecrab");
        assertThat(listed.get("orderable").asBoolean()).isFalse();
        assertThat(listed.get("fromPrice").get("amountMinor").asLong()).isEqualTo(11_900);
    }

    /**
     * Glasgow and OrangeCrab name MPNs in a column of their own; the Neo6502 and Jawbreaker exports have
     * no MPN column the importer knows, so their part numbers are found in the value column.
     */
    @Test
    void aBuyerFindsEachNewBoardByAPartNumberFromItsBom() {
        assertThat(slugs("q=ICE40HX8K-BG121")).contains("glasgow-interface-explorer")
                .doesNotContain("orangecrab", "neo6502", "hackrf-jawbreaker");
        assertThat(slugs("q=LFE5U-25F-8MG285C")).contains("orangecrab").doesNotContain("glasgow-interface-explorer");
        assertThat(slugs("q=W65C02S6TQTG")).contains("neo6502").doesNotContain("glasgow-interface-explorer");
        assertThat(slugs("q=RFFC5072")).contains("hackrf-jawbreaker").doesNotContain("orangecrab");
    }

    @Test
    void storefrontFiltersShowTheApprovedBoardsWhereTheyMayBeOrdered() {
        List<String> newBoards = List.of("glasgow-interface-explorer", "neo6502", "hackrf-jawbreaker", "orangecrab");
        assertThat(slugs("orderableTo=FR")).contains("thermocouple-card", "glasgow-interface-explorer", "neo6502")
                .doesNotContain("hackrf-jawbreaker", "orangecrab");
        assertThat(slugs("orderableTo=FR&buyerType=PROFESSIONAL")).contains("glasgow-interface-explorer", "neo6502");
        assertThat(slugs("orderableTo=DE")).contains("thermocouple-card", "glasgow-interface-explorer")
                .doesNotContain("neo6502", "hackrf-jawbreaker", "orangecrab");
        assertThat(slugs("orderableTo=IT")).doesNotContainAnyElementsOf(newBoards);

        assertThat(slugs("kind=ASSEMBLY_ONLY")).contains("glasgow-interface-explorer")
                .doesNotContain("neo6502", "hackrf-jawbreaker", "orangecrab");
        assertThat(slugs("licence=CERN-OHL-1.2")).contains("orangecrab").doesNotContain("neo6502");
        assertThat(slugs("licence=GPL-2.0-or-later")).contains("hackrf-jawbreaker").doesNotContain("orangecrab");
    }

    private JsonNode board(String slug, String country) {
        Api.Answer answer = api.get("/api/v1/boards/" + slug + "?country=" + country);
        assertThat(answer.status()).as(slug).isEqualTo(200);
        return answer.json();
    }

    private static JsonNode onlyRevision(JsonNode board) {
        assertThat(board.get("revisions").size()).as("public revisions of " + board.get("slug")).isEqualTo(1);
        return board.get("revisions").get(0);
    }

    private static JsonNode offer(JsonNode revision, String kind) {
        return revision.get("offers").valueStream().filter(o -> o.get("kind").asString().equals(kind))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " offer"));
    }

    private static void assertOffer(JsonNode offer, long priceMinor) {
        assertThat(offer.get("price").get("amountMinor").asLong()).isEqualTo(priceMinor);
        assertThat(offer.get("price").get("currency").asString()).isEqualTo("EUR");
        JsonNode shares = offer.get("breakdown");
        assertThat(shares.get("partsMinor").asLong() + shares.get("pcbMinor").asLong() + shares.get("labourMinor").asLong()
                + shares.get("associationMinor").asLong() + shares.get("teamMinor").asLong()).isEqualTo(priceMinor);
    }

    private static List<String> reasons(JsonNode offer) {
        return offer.get("reasons").valueStream().map(r -> r.get("code").asString()).toList();
    }

    /** The board as the storefront list shows it. */
    private JsonNode listed(String slug) {
        List<JsonNode> items = new ArrayList<>();
        forEachPage("", items);
        return items.stream().filter(item -> item.get("slug").asString().equals(slug)).findFirst()
                .orElseThrow(() -> new AssertionError(slug + " is not listed"));
    }

    /** Every slug the list answers for these parameters, following the cursor through all pages. */
    private List<String> slugs(String parameters) {
        List<JsonNode> items = new ArrayList<>();
        forEachPage(parameters, items);
        return items.stream().map(item -> item.get("slug").asString()).toList();
    }

    private void forEachPage(String parameters, List<JsonNode> into) {
        String cursor = null;
        do {
            Api.Answer answer = api.get("/api/v1/boards?size=100&" + parameters + (cursor == null ? "" : "&cursor=" + cursor));
            assertThat(answer.status()).as(parameters).isEqualTo(200);
            JsonNode page = answer.json();
            page.get("items").valueStream().forEach(into::add);
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asString();
        } while (cursor != null);
    }
}
