package org.openspacemakers.marketplace.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openspacemakers.marketplace.compliance.BuyerType;
import org.openspacemakers.marketplace.order.PaymentMethod;
import org.openspacemakers.marketplace.tax.VatTreatment;

/** What an invoice's PDF says, read back from the PDF's text, for each regime; no database. */
class InvoicePdfTest {

    private static final Seller SELLER = new Seller("Open Space Makers", null, "12 rue des Ateliers, 31000 Toulouse, France",
            "contact@openspacemakers.example", "123 456 789 00012", "W313000000");

    @Test
    void anExemptAssociationsInvoiceShowsNoVatAndNamesTheFranchise() {
        Invoice invoice = invoice(List.of(line("Glasgow revC3 — carte assemblée / assembled board", 2, 14_900,
                VatTreatment.FRANCHISE, 0, 0)), BuyerType.CONSUMER, Optional.empty(), "", "");

        String text = PdfText.of(InvoicePdf.render(InvoicePdf.of(invoice)));

        assertThat(text).containsIgnoringWhitespaces("FACTURE / INVOICE n° 2026-000042", "03/12/2026", "Open Space Makers",
                "SIRET : 12345678900012", "RNA : W313000000", "Ada Lovelace", "1 rue de la Paix", "75002 Paris", "France (FR)",
                "Glasgow revC3 — carte assemblée", "149,00 €", "298,00 €", "TVA non applicable, art. 293 B du CGI",
                "Garantie légale de conformité de deux ans",
                "Facture acquittée le 03/12/2026 par virement bancaire (référence OSM-7K3Q9)");
        assertThat(text).doesNotContain("Total HT", "N° TVA intracommunautaire", "Pénalités de retard");
    }

    @Test
    void aRegisteredAssociationsInvoiceShowsNetVatByRateAndGross() {
        Invoice invoice = invoice(List.of(
                line("Glasgow revC3", 2, 12_000, VatTreatment.HOME_RATE, 2000, 4_000),
                line("Manuel imprimé", 1, 1_055, VatTreatment.HOME_RATE, 550, 55)),
                BuyerType.PROFESSIONAL, Optional.of("FR40303265045"), "Atelier Ada", "FR12303265045");

        String text = PdfText.of(InvoicePdf.render(InvoicePdf.of(invoice)));

        assertThat(text).containsIgnoringWhitespaces("N° TVA intracommunautaire / VAT number : FR40303265045", "Atelier Ada",
                "N° TVA / VAT number : FR12303265045", "Total HT / Total excl. VAT 210,00 €", "TVA / VAT 20 % 40,00 €",
                "TVA / VAT 5,5 % 0,55 €", "Total TTC / Total incl. VAT 250,55 €", "100,00 €", "Pénalités de retard",
                "40 € (articles L441-10");
        assertThat(text).doesNotContain("art. 293 B", "Garantie légale");
    }

    @Test
    void aReverseChargedProfessionalsInvoiceCarriesTheMentionAndNoVat() {
        Invoice invoice = invoice(List.of(line("Assembly", 1, 10_000, VatTreatment.REVERSE_CHARGE, 0, 0),
                line("Board", 1, 10_000, VatTreatment.INTRA_EU_SUPPLY, 0, 0)),
                BuyerType.PROFESSIONAL, Optional.of("FR40303265045"), "Atelier Ada GmbH", "DE123456789");

        String text = PdfText.of(InvoicePdf.render(InvoicePdf.of(invoice)));

        assertThat(text).containsIgnoringWhitespaces("Autoliquidation — article 196 de la directive 2006/112/CE",
                "Exonération de TVA, article 262 ter I du CGI", "TVA / VAT 0,00 €", "Total TTC / Total incl. VAT 200,00 €",
                "DE123456789");
    }

    @Test
    void aCreditNoteNamesTheInvoiceItCredits() {
        Invoice invoice = invoice(List.of(line("Glasgow revC3", 1, 14_900, VatTreatment.FRANCHISE, 0, 0)),
                BuyerType.CONSUMER, Optional.empty(), "", "");
        CreditNote note = new CreditNote(new Numbered("AV-2026-000007", 2026, 7, Instant.parse("2026-12-04T10:00:00Z"),
                LocalDate.of(2026, 12, 4)), invoice, List.of(line("Remboursement / Refund", 1, 5_000, VatTreatment.FRANCHISE, 0, 0)),
                "Connecteur manquant", null);

        String text = PdfText.of(InvoicePdf.render(InvoicePdf.of(note, invoice)));

        assertThat(text).containsIgnoringWhitespaces("AVOIR / CREDIT NOTE n° AV-2026-000007", "Facture créditée / Credited invoice 2026-000042 du 03/12/2026",
                "Connecteur manquant", "Montant remboursé / Amount refunded 50,00 €", "TVA non applicable, art. 293 B du CGI");
    }

    @Test
    void amountsAndRatesPrintAsFrenchInvoicesDo() {
        assertThat(InvoicePdf.amount(123_456_789, Currency.getInstance("EUR"))).isEqualTo("1 234 567,89 €");
        assertThat(InvoicePdf.amount(5, Currency.getInstance("EUR"))).isEqualTo("0,05 €");
        assertThat(InvoicePdf.rate(2550)).isEqualTo("25,5 %");
        assertThat(InvoicePdf.rate(2000)).isEqualTo("20 %");
    }

    @Test
    void namesInAnyEuropeanAlphabetPrint() {
        Invoice invoice = invoice(List.of(line("Płytka — Ελληνικά — Кирилица", 1, 100, VatTreatment.FRANCHISE, 0, 0)),
                BuyerType.CONSUMER, Optional.empty(), "", "");

        assertThat(PdfText.of(InvoicePdf.render(InvoicePdf.of(invoice)))).containsIgnoringWhitespaces("Płytka — Ελληνικά — Кирилица");
    }

    private static Invoice invoice(List<DocumentLine> lines, BuyerType buyerType, Optional<String> sellerVatNumber,
            String company, String buyerVatNumber) {
        LocalDate issued = LocalDate.of(2026, 12, 3);
        Invoice.Frozen content = new Invoice.Frozen(UUID.randomUUID(), UUID.randomUUID(), Instant.parse("2026-12-01T09:00:00Z"),
                PaymentMethod.BANK_TRANSFER, Currency.getInstance("EUR"), lines, SELLER, sellerVatNumber, buyerType, company,
                buyerVatNumber, "Ada Lovelace", List.of("1 rue de la Paix", "75002 Paris"), "FR",
                InvoiceMentions.of(buyerType, PaymentMethod.BANK_TRANSFER, "OSM-7K3Q9",
                        lines.stream().map(DocumentLine::vatTreatment).toList(), issued, List.of(), Optional.empty()));
        return new Invoice(new Numbered("2026-000042", 2026, 42, Instant.parse("2026-12-03T10:00:00Z"), issued), content);
    }

    private static DocumentLine line(String description, int quantity, long unitPrice, VatTreatment treatment, int rate, long vat) {
        return new DocumentLine(description, quantity, unitPrice, treatment, rate, vat);
    }
}
