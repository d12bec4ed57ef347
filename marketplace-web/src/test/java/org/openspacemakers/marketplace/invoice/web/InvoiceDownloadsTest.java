package org.openspacemakers.marketplace.invoice.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openspacemakers.marketplace.support.OrderBodies.orderBody;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openspacemakers.marketplace.account.Role;
import org.openspacemakers.marketplace.fixtures.Credentials;
import org.openspacemakers.marketplace.fixtures.Fixtures;
import org.openspacemakers.marketplace.invoice.CreditNote;
import org.openspacemakers.marketplace.invoice.Invoices;
import org.openspacemakers.marketplace.support.Api;
import org.openspacemakers.marketplace.support.MarketplaceTest;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The invoice and credit notes over HTTP (API-CONTRACT.md): a PDF to the order's buyer and to
 * administrators once the order is paid, the same 404 before payment and to anyone else as for an
 * order that does not exist; the order's JSON names its invoice, and its page links to it.
 */
@MarketplaceTest
class InvoiceDownloadsTest {

    @Autowired
    Api api;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Invoices invoices;

    @Test
    void theBuyerDownloadsTheInvoiceOnceTheOrderIsPaidAndTheOrderNamesIt() throws IOException {
        Credentials buyer = fixtures.user(Role.BUYER);
        String order = placedOrder(buyer);
        assertThat(api.get("/api/v1/orders/" + order, buyer).json().get("invoiceNumber").isNull()).isTrue();

        Api.Answer confirmed = api.post("/api/v1/orders/" + order + "/bank-transfer/confirm", fixtures.user(Role.ADMIN), "");
        assertThat(confirmed.json().get("invoiceNumber").asString()).as("the confirmation's answer names the invoice").matches("\\d{4}-\\d{6}");

        JsonNode json = api.get("/api/v1/orders/" + order, buyer).json();
        String number = json.get("invoiceNumber").asString();
        assertThat(number).matches("\\d{4}-\\d{6}");
        Api.Download invoice = api.download("/api/v1/orders/" + order + "/invoice", buyer, Map.of());
        assertThat(invoice.status()).isEqualTo(200);
        assertThat(invoice.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(invoice.header("Content-Disposition")).contains("attachment", "facture-" + number + ".pdf");
        assertThat(invoice.header("Cache-Control")).contains("no-store");
        long total = json.get("total").get("amountMinor").asLong();
        assertThat(total).as("the board and its shipping").isGreaterThan(2_500);
        assertThat(text(invoice.body())).containsIgnoringWhitespaces("FACTURE / INVOICE n° " + number,
                String.format("Total %d,%02d €", total / 100, total % 100), "25,00 €", "Expédition / Shipping",
                "TVA non applicable, art. 293 B du CGI", "Ada Lovelace");
        assertThat(api.download("/api/v1/orders/" + order + "/invoice", fixtures.user(Role.ADMIN), Map.of()).body())
                .as("an administrator gets the same document").isEqualTo(invoice.body());
    }

    @Test
    void anOrdersVatIsInItsJsonLineByLine() {
        Credentials buyer = fixtures.user(Role.BUYER);

        JsonNode json = api.get("/api/v1/orders/" + placedOrder(buyer), buyer).json();

        assertThat(json.get("vatTotal").get("amountMinor").asLong()).isZero();
        assertThat(json.get("vatMentions").valueStream().map(JsonNode::asString).toList()).containsExactly("FRANCHISE");
        assertThat(json.get("creditNotes").isEmpty()).isTrue();
        JsonNode line = json.get("lines").get(0);
        assertThat(line.get("vatTreatment").asString()).isEqualTo("FRANCHISE");
        assertThat(line.get("vatRate").decimalValue()).isZero();
        assertThat(line.get("vat").get("amountMinor").asLong()).isZero();
    }

    @Test
    void beforePaymentAndForAnyoneElseTheAnswerIsTheNotFoundOfAnOrderThatDoesNotExist() {
        Credentials buyer = fixtures.user(Role.BUYER);
        String order = placedOrder(buyer);
        Api.Answer nothing = api.get("/api/v1/orders/" + UUID.randomUUID() + "/invoice", buyer);
        assertThat(nothing.status()).isEqualTo(404);
        assertThat(nothing.header("Content-Type")).startsWith("application/problem+json");

        Api.Answer unpaid = api.get("/api/v1/orders/" + order + "/invoice", buyer);
        pay(order);
        Api.Answer otherBuyer = api.get("/api/v1/orders/" + order + "/invoice", fixtures.user(Role.BUYER));
        Api.Answer askingForPdf = api.get("/api/v1/orders/" + order + "/invoice",
                Map.of("Authorization", basic(fixtures.user(Role.BUYER)), "Accept", "application/pdf"));

        for (Api.Answer answer : new Api.Answer[] {unpaid, otherBuyer, askingForPdf}) {
            assertThat(answer.status()).isEqualTo(404);
            assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
            assertThat(answer.body()).isEqualTo(nothing.body().replace(nothing.json().get("instance").asString(),
                    answer.json().get("instance").asString()));
        }
        assertThat(api.get("/api/v1/orders/" + order + "/invoice").status()).as("anonymous").isEqualTo(401);
    }

    @Test
    void aCreditNoteIsDownloadedByNumberAndListedWithTheOrder() throws IOException {
        Credentials buyer = fixtures.user(Role.BUYER);
        String order = placedOrder(buyer);
        pay(order);

        Api.Answer refunded = api.post("/api/v1/orders/" + order + "/refund", fixtures.user(Role.ADMIN),
                "{\"amount\":{\"amountMinor\":1000,\"currency\":\"EUR\"},\"reason\":\"Connecteur manquant\"}");
        assertThat(refunded.status()).isEqualTo(200);
        String number = refunded.json().get("creditNotes").get(0).asString();
        CreditNote note = invoices.creditNotesOf(UUID.fromString(order)).get(0);
        assertThat(note.number()).isEqualTo(number);

        assertThat(api.get("/api/v1/orders/" + order, buyer).json().get("creditNotes").get(0).asString()).isEqualTo(note.number());
        Api.Download pdf = api.download("/api/v1/orders/" + order + "/credit-notes/" + note.number(), buyer, Map.of());
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(text(pdf.body())).containsIgnoringWhitespaces("AVOIR / CREDIT NOTE n° " + note.number(), "10,00 €",
                "Connecteur manquant");
        assertThat(api.get("/api/v1/orders/" + order + "/credit-notes/" + note.number(), fixtures.user(Role.BUYER)).status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/orders/" + order + "/credit-notes/AV-1999-000001", buyer).status()).isEqualTo(404);
    }

    @Test
    void theBuyersOrderPageLinksToTheInvoiceAndTheTeamsDoesNot() {
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        Credentials buyer = fixtures.user(Role.BUYER);
        String order = api.placeOrder(buyer, UUID.randomUUID().toString(), orderBody(listing.fullKit().id(), 1, "FR"))
                .json().get("id").asString();
        Api.Session session = api.signIn(buyer);
        assertThat(api.get("/orders/" + order, session.headers()).body()).doesNotContain("/orders/" + order + "/invoice");

        pay(order);

        String page = api.get("/orders/" + order, session.headers()).body();
        assertThat(page).contains("href=\"/orders/" + order + "/invoice", "VAT not applicable, art. 293 B")
                .containsIgnoringCase("Download invoice");
        Api.Download invoice = api.download("/orders/" + order + "/invoice", null, session.headers());
        assertThat(invoice.status()).isEqualTo(200);
        assertThat(invoice.header("Content-Type")).isEqualTo("application/pdf");
        Api.Session maker = api.signIn(listing.maker());
        assertThat(api.get("/orders/" + order, maker.headers()).body()).doesNotContain("/orders/" + order + "/invoice");
        assertThat(api.get("/orders/" + order + "/invoice", maker.headers()).status()).isEqualTo(404);
    }

    /** An administrator confirms the order's bank transfer: it is paid, and invoiced. */
    private void pay(String order) {
        assertThat(api.post("/api/v1/orders/" + order + "/bank-transfer/confirm", fixtures.user(Role.ADMIN), "").status())
                .isEqualTo(200);
    }

    private String placedOrder(Credentials buyer) {
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        Api.Answer placed = api.placeOrder(buyer, UUID.randomUUID().toString(), orderBody(listing.fullKit().id(), 1, "FR"));
        assertThat(placed.status()).isEqualTo(201);
        return placed.json().get("id").asString();
    }

    private static String basic(Credentials who) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString((who.email() + ":" + who.password())
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static String text(byte[] pdf) throws IOException {
        try (PdfReader reader = new PdfReader(pdf)) {
            return new PdfTextExtractor(reader).getTextFromPage(1);
        }
    }
}
