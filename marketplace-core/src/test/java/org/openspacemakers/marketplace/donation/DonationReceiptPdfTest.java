package org.openspacemakers.marketplace.donation;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openspacemakers.marketplace.catalog.Money;
import org.openspacemakers.marketplace.invoice.Numbered;
import org.openspacemakers.marketplace.invoice.Seller;
import org.openspacemakers.marketplace.order.PaymentMethod;

/**
 * The receipt as printed: with tax receipts on, every mention of the model receipt (Cerfa n° 11580,
 * docs/donations.md); off, a plain acknowledgement that says it is not a tax receipt.
 */
class DonationReceiptPdfTest {

    private static final Seller SELLER = new Seller("Open Space Makers", null, "12 rue des Ateliers, 69007 Lyon",
            "bureau@example.org", "12345678901234", "W691234567");
    private static final DonationSettings TAX_RECEIPTS = new DonationSettings(null, null, null, true,
            "Promouvoir le matériel libre et l'entraide entre makers", "Marie Curie", "Trésorière");
    private static final DonationSettings NO_TAX_RECEIPTS = new DonationSettings(null, null, null, false, null, null, null);

    @Test
    void aTaxReceiptCarriesEveryMentionOfTheModelReceipt() {
        String text = text(received(true), TAX_RECEIPTS);

        assertThat(text).contains(
                "Reçu au titre des dons à certains organismes d'intérêt général",
                "Cerfa n° 11580",
                "D2026-000042",
                "Open Space Makers", "12 rue des Ateliers, 69007 Lyon",
                "Promouvoir le matériel libre et l'entraide entre makers",
                "œuvre ou organisme d'intérêt général",
                "Ada Lovelace", "1 rue de la Paix, 75002 Paris, France",
                "1 234,50 €", "mille deux cent trente-quatre euros et cinquante centimes",
                "Date du versement ou du don : 28/11/2026",
                "don manuel", "numéraire", "virement bancaire",
                "Le bénéficiaire certifie sur l'honneur que les dons et versements qu'il reçoit ouvrent droit à la "
                        + "réduction d'impôt prévue à l'article 200 du CGI.",
                "Marie Curie, Trésorière", "Signature")
                .doesNotContain("n'est pas un reçu fiscal");
    }

    @Test
    void aCompanysTaxReceiptIsTheOneOfArticle238BisNamingTheCompanyItsFormAndSiren() {
        String text = text(received(true, new DonorCompany("SAS", "732 829 320")), TAX_RECEIPTS);

        assertThat(text).contains(
                "Reçu des dons et versements effectués par les entreprises", "Article 238 bis", "Cerfa n° 16216",
                "D2026-000042", "Open Space Makers", "Promouvoir le matériel libre",
                "Entreprise donatrice", "Dénomination : Ada Lovelace", "Forme juridique : SAS", "N° SIREN : 732829320",
                "Adresse : 1 rue de la Paix, 75002 Paris, France",
                "1 234,50 €", "mille deux cent trente-quatre euros et cinquante centimes", "numéraire",
                "Le bénéficiaire certifie sur l'honneur que les dons et versements qu'il reçoit ouvrent droit à la "
                        + "réduction d'impôt prévue à l'article 238 bis du CGI.",
                "Marie Curie, Trésorière")
                .doesNotContain("article 200", "Cerfa n° 11580", "Nom : ");
    }

    @Test
    void aCompanyOfAnotherMemberStateThatGaveWithItsOrderIsNamedByItsVatNumber() {
        String text = text(received(true, DonorCompany.ofVatNumber("DE123456789")), TAX_RECEIPTS);

        assertThat(text).contains("Entreprise donatrice", "N° de TVA intracommunautaire : DE123456789")
                .doesNotContain("Forme juridique", "SIREN");
        assertThat(text(received(true, DonorCompany.ofVatNumber("FR40732829320")), TAX_RECEIPTS))
                .contains("N° SIREN : 732829320").doesNotContain("TVA intracommunautaire");
    }

    @Test
    void aCompanyIsNotToldApartOnAReceiptThatIsNoTaxReceipt() {
        assertThat(text(received(false, new DonorCompany("SAS", "732829320")), NO_TAX_RECEIPTS))
                .contains("Reçu de don / Donation receipt", "Ada Lovelace")
                .doesNotContain("238 bis", "SIREN", "Entreprise donatrice");
    }

    @Test
    void withoutTaxReceiptsTheReceiptSaysItIsNotOneAndCertifiesNothing() {
        String text = text(received(false), NO_TAX_RECEIPTS);

        assertThat(text).contains("Reçu de don / Donation receipt", "D2026-000042", "Ada Lovelace", "1 234,50 €",
                        "Ce reçu n'est pas un reçu fiscal", "not a tax receipt", "TVA")
                .doesNotContain("certifie sur l'honneur", "Cerfa", "intérêt général", "article 200");
    }

    private static Donation received(boolean taxReceipt) {
        return received(taxReceipt, null);
    }

    private static Donation received(boolean taxReceipt, DonorCompany company) {
        Pledge pledge = new Pledge(Money.euros(123_450), "Ada Lovelace", "ada@example.org", "1 rue de la Paix", null,
                "75002", "Paris", "FR", null, Locale.FRENCH, company);
        Donation donation = new Donation(pledge, "DON-ABCDE", "0".repeat(64), PaymentMethod.BANK_TRANSFER, null, taxReceipt,
                Instant.parse("2026-11-27T10:00:00Z"));
        donation.receive(new Numbered("D2026-000042", 2026, 42, Instant.parse("2026-11-30T09:00:00Z"),
                LocalDate.of(2026, 11, 30)), LocalDate.of(2026, 11, 28), null, "t".repeat(43));
        return donation;
    }

    private static String text(Donation donation, DonationSettings settings) {
        byte[] pdf = DonationReceiptPdf.render(DonationReceiptPdf.of(donation, SELLER, settings));
        try (PdfReader reader = new PdfReader(pdf)) {
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(new PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
            }
            return text.toString().replaceAll("[\\s\\u00a0]+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
