package org.openspacemakers.marketplace.donation;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openspacemakers.marketplace.catalog.Money;
import org.openspacemakers.marketplace.invoice.Seller;
import org.openspacemakers.marketplace.order.PaymentMethod;

/**
 * Lays out a donation's receipt as an A4 PDF, in French with English beside what a donor abroad
 * needs. A person's tax receipt carries the mentions of the model receipt "Reçu au titre des dons à
 * certains organismes d'intérêt général" (Cerfa n° 11580, docs/donations.md), a company's those of
 * the "Reçu des dons et versements effectués par les entreprises" (Cerfa n° 16216); any other
 * receipt says it is not one. Set in Liberation Sans (shipped with OpenPDF), embedded, as the invoices are.
 */
final class DonationReceiptPdf {

    private static final String FONT = "/font-fallback/LiberationSans-Regular.ttf";
    private static final byte[] FONT_BYTES = fontBytes();
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** The statement of art. 200 of the CGI the beneficiary certifies on a tax receipt. */
    static final String CERTIFICATION = "Le bénéficiaire certifie sur l'honneur que les dons et versements qu'il reçoit "
            + "ouvrent droit à la réduction d'impôt prévue à l'article 200 du CGI.";
    /** The statement of art. 238 bis of the CGI the beneficiary certifies on a company's tax receipt. */
    static final String COMPANY_CERTIFICATION = "Le bénéficiaire certifie sur l'honneur que les dons et versements qu'il "
            + "reçoit ouvrent droit à la réduction d'impôt prévue à l'article 238 bis du CGI.";
    /** What a receipt that is not a tax receipt says of itself. */
    static final String NOT_A_TAX_RECEIPT = "Ce reçu n'est pas un reçu fiscal : il n'ouvre droit à aucune réduction "
            + "d'impôt. / This receipt is not a tax receipt: it gives no right to a tax reduction.";

    private DonationReceiptPdf() {
    }

    /** A receipt to lay out: its title, its number, and its blocks, each a heading (or none) and its lines. */
    record Sheet(String title, String subtitle, String number, List<Block> blocks, String footer) {
    }

    record Block(String heading, List<String> lines) {
    }

    /** The receipt of a donation received, with the association as configured when it is issued. */
    static Sheet of(Donation donation, Seller seller, DonationSettings settings) {
        String number = donation.receiptNumber().orElseThrow();
        LocalDate received = donation.receivedOn().orElseThrow();
        LocalDate issued = donation.receiptIssuedOn().orElseThrow();
        Money amount = donation.amount();
        List<Block> blocks = new ArrayList<>();
        if (donation.taxReceipt()) {
            List<String> beneficiary = new ArrayList<>(List.of("Nom ou dénomination : " + seller.name(),
                    "Adresse : " + seller.postalAddress(), "Objet : " + settings.object(),
                    "Qualité : œuvre ou organisme d'intérêt général"));
            seller.rnaNumber().ifPresent(rna -> beneficiary.add("N° RNA : " + rna));
            seller.siretNumber().ifPresent(siret -> beneficiary.add("SIRET : " + siret));
            blocks.add(new Block("Bénéficiaire des versements", beneficiary));
            Optional<DonorCompany> company = donation.donorCompany();
            List<String> donor = new ArrayList<>();
            company.ifPresentOrElse(firm -> {
                donor.add("Dénomination : " + donation.donorName());
                if (!firm.legalForm().isEmpty()) {
                    donor.add("Forme juridique : " + firm.legalForm());
                }
                donor.add((firm.hasSiren() ? "N° SIREN : " : "N° de TVA intracommunautaire : ") + firm.identifier());
            }, () -> donor.add("Nom : " + donation.donorName()));
            donor.add("Adresse : " + String.join(", ", donation.donorAddress()));
            blocks.add(new Block(company.isPresent() ? "Entreprise donatrice" : "Donateur", donor));
            blocks.add(new Block("Don", List.of(
                    "Le bénéficiaire reconnaît avoir reçu au titre des dons et versements ouvrant droit à réduction "
                            + "d'impôt la somme de : " + amount(amount),
                    "Somme en toutes lettres : " + FrenchWords.euros(amount.amountMinor()),
                    "Date du versement ou du don : " + DAY.format(received),
                    "Forme du don : déclaration de don manuel (don manuel)",
                    "Nature du don : numéraire",
                    "Mode de versement : virement, prélèvement, carte bancaire (" + means(donation.paymentMethod()) + ")")));
            blocks.add(new Block(null, List.of(company.isPresent() ? COMPANY_CERTIFICATION : CERTIFICATION)));
            blocks.add(new Block("Date et signature", List.of("Le " + DAY.format(issued),
                    settings.signatoryName() + ", " + settings.signatoryRole(), "Signature :", "")));
            if (company.isPresent()) {
                return new Sheet("Reçu des dons et versements effectués par les entreprises",
                        "Article 238 bis du code général des impôts (CGI) — modèle Cerfa n° 16216 (2041-MEC-SD)",
                        number, blocks, footer(seller));
            }
            return new Sheet("Reçu au titre des dons à certains organismes d'intérêt général",
                    "Articles 200, 238 bis et 978 du code général des impôts (CGI) — modèle Cerfa n° 11580",
                    number, blocks, footer(seller));
        }
        List<String> beneficiary = new ArrayList<>(List.of(seller.name(), seller.legalForm(), seller.postalAddress()));
        seller.rnaNumber().ifPresent(rna -> beneficiary.add("RNA : " + rna));
        seller.siretNumber().ifPresent(siret -> beneficiary.add("SIRET : " + siret));
        blocks.add(new Block("Bénéficiaire / Recipient", beneficiary));
        List<String> donor = new ArrayList<>(List.of(donation.donorName()));
        donor.addAll(donation.donorAddress());
        blocks.add(new Block("Donateur / Donor", donor));
        blocks.add(new Block("Don / Donation", List.of(
                "Montant / Amount : " + amount(amount) + " (" + FrenchWords.euros(amount.amountMinor()) + ")",
                "Reçu le / Received on : " + DAY.format(received),
                "Versement / Paid by : " + means(donation.paymentMethod()),
                "Émis le / Issued on : " + DAY.format(issued))));
        blocks.add(new Block(null, List.of("Merci pour votre don. / Thank you for your donation.",
                "Un don n'est pas une vente : il n'est pas soumis à la TVA et ne donne lieu à aucune facture. "
                        + "/ A donation is not a sale: no VAT, and no invoice.",
                NOT_A_TAX_RECEIPT)));
        return new Sheet("Reçu de don / Donation receipt", null, number, blocks, footer(seller));
    }

    private static String footer(Seller seller) {
        return seller.name() + " — " + seller.legalForm() + seller.siretNumber().map(siret -> " — SIRET " + siret).orElse("");
    }

    /** The sheet as PDF bytes. */
    static byte[] render(Sheet sheet) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        try {
            BaseFont base = BaseFont.createFont("LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false,
                    FONT_BYTES, null);
            Font text = new Font(base, 10);
            Font small = new Font(base, 8);
            Font strong = new Font(base, 10, Font.BOLD);
            Font heading = new Font(base, 15, Font.BOLD);
            PdfWriter.getInstance(document, out);
            document.addTitle(sheet.title() + " " + sheet.number());
            document.open();
            Paragraph title = new Paragraph(sheet.title(), heading);
            title.setSpacingAfter(4);
            document.add(title);
            if (sheet.subtitle() != null) {
                document.add(new Paragraph(sheet.subtitle(), small));
            }
            Paragraph number = new Paragraph("Numéro d'ordre du reçu / Receipt number : " + sheet.number(), strong);
            number.setSpacingBefore(8);
            number.setSpacingAfter(10);
            document.add(number);
            for (Block block : sheet.blocks()) {
                if (block.heading() != null) {
                    Paragraph head = new Paragraph(block.heading(), strong);
                    head.setSpacingBefore(8);
                    document.add(head);
                }
                for (String line : block.lines()) {
                    Paragraph paragraph = new Paragraph(line.isEmpty() ? " " : line, text);
                    paragraph.setSpacingAfter(2);
                    document.add(paragraph);
                }
            }
            Paragraph footer = new Paragraph(sheet.footer(), small);
            footer.setSpacingBefore(24);
            footer.setAlignment(Element.ALIGN_CENTER);
            document.add(footer);
            document.close();
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("the PDF of receipt " + sheet.number() + " could not be made", e);
        }
        return out.toByteArray();
    }

    /** An amount as French receipts print it: {@code 1 234,56 €}. */
    static String amount(Money money) {
        String plain = BigDecimal.valueOf(money.amountMinor(), 2).toPlainString();
        String units = plain.substring(0, plain.indexOf('.'));
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < units.length(); i++) {
            if (i > 0 && (units.length() - i) % 3 == 0) {
                grouped.append(' ');
            }
            grouped.append(units.charAt(i));
        }
        return grouped + "," + plain.substring(plain.indexOf('.') + 1) + " €";
    }

    private static String means(PaymentMethod method) {
        return method == PaymentMethod.CARD ? "carte bancaire / card" : "virement bancaire / bank transfer";
    }

    private static byte[] fontBytes() {
        try (InputStream font = DonationReceiptPdf.class.getResourceAsStream(FONT)) {
            if (font == null) {
                throw new IllegalStateException("OpenPDF's Liberation Sans is missing: " + FONT);
            }
            return font.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
