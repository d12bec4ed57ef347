package org.openspacemakers.marketplace.invoice;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openspacemakers.marketplace.order.PaymentMethod;
import org.openspacemakers.marketplace.tax.VatRules;
import org.openspacemakers.marketplace.tax.VatTreatment;

/**
 * Lays out an invoice or a credit note as an A4 PDF, in French with English beside the headings.
 * The text is set in Liberation Sans (shipped with OpenPDF, SIL Open Font License), embedded, so
 * that any European buyer's name prints and the text can be extracted again.
 */
final class InvoicePdf {

    private static final String FONT = "/font-fallback/LiberationSans-Regular.ttf";
    private static final byte[] FONT_BYTES = fontBytes();
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Color RULE = new Color(0x99, 0x99, 0x99);

    private InvoicePdf() {
    }

    /** A document to lay out: its heading, facts, parties, lines, totals and mentions. */
    record Sheet(String title, String number, List<String[]> facts, List<String> seller, List<String> buyer,
            List<DocumentLine> lines, Currency currency, List<String[]> totals, List<String> mentions, String footer) {
    }

    static Sheet of(Invoice invoice) {
        List<String[]> facts = new ArrayList<>();
        facts.add(new String[] {"Date d'émission / Issue date", day(invoice.issueDate())});
        facts.add(new String[] {"Commande / Order", invoice.orderId().toString()});
        facts.add(new String[] {"Date de commande / Order date", day(invoice.orderedAt().atZone(Numbering.ZONE).toLocalDate())});
        facts.add(new String[] {"Paiement / Payment", paymentMethod(invoice.paymentMethod())});
        List<String[]> totals = totals(invoice.lines(), invoice.total().currency());
        totals.add(new String[] {"Payé / Paid", amount(invoice.total().amountMinor(), invoice.total().currency())});
        totals.add(new String[] {"Reste à payer / Balance due", amount(0, invoice.total().currency())});
        if (invoice.donation().amountMinor() > 0) {
            // Paid with the order, but not a sale: no VAT, not invoiced; its own receipt is issued apart.
            totals.add(new String[] {"Don à l'association, payé avec la commande, hors champ de la TVA (reçu de don émis à part) / "
                    + "Donation to the association, paid with the order, outside the scope of VAT (its own receipt is issued apart)",
                    amount(invoice.donation().amountMinor(), invoice.total().currency())});
            totals.add(new String[] {"Total payé / Total paid", amount(Math.addExact(invoice.total().amountMinor(),
                    invoice.donation().amountMinor()), invoice.total().currency())});
        }
        return new Sheet("FACTURE / INVOICE", invoice.number(), facts, seller(invoice), buyer(invoice), invoice.lines(),
                invoice.total().currency(), totals, invoice.mentions(), footer(invoice));
    }

    static Sheet of(CreditNote note, Invoice invoice) {
        List<String[]> facts = new ArrayList<>();
        facts.add(new String[] {"Date d'émission / Issue date", day(note.issueDate())});
        facts.add(new String[] {"Facture créditée / Credited invoice", invoice.number() + " du " + day(invoice.issueDate())});
        facts.add(new String[] {"Commande / Order", invoice.orderId().toString()});
        facts.add(new String[] {"Motif / Reason", note.reason()});
        List<String[]> totals = totals(note.lines(), note.total().currency());
        totals.add(new String[] {"Montant remboursé / Amount refunded", amount(note.total().amountMinor(), note.total().currency())});
        List<String> mentions = new ArrayList<>();
        mentions.add("Avoir relatif à la facture n° " + invoice.number() + " du " + day(invoice.issueDate())
                + ", qui reste telle qu'émise. / Credit note for invoice " + invoice.number() + ", which stands as issued.");
        note.lines().stream().map(DocumentLine::vatTreatment).distinct()
                .forEach(treatment -> treatment.mention().ifPresent(mentions::add));
        return new Sheet("AVOIR / CREDIT NOTE", note.number(), facts, seller(invoice), buyer(invoice), note.lines(),
                note.total().currency(), totals, mentions, footer(invoice));
    }

    private static List<String> seller(Invoice invoice) {
        List<String> seller = new ArrayList<>();
        seller.add(invoice.sellerName());
        seller.add(invoice.sellerLegalForm());
        seller.add(invoice.sellerAddress());
        if (!invoice.sellerEmail().isEmpty()) {
            seller.add(invoice.sellerEmail());
        }
        seller.add("SIRET : " + (invoice.sellerSiret().isEmpty() ? "(non configuré)" : invoice.sellerSiret()));
        if (!invoice.sellerRna().isEmpty()) {
            seller.add("RNA : " + invoice.sellerRna());
        }
        if (!invoice.sellerVatNumber().isEmpty()) {
            seller.add("N° TVA intracommunautaire / VAT number : " + invoice.sellerVatNumber());
        }
        return seller;
    }

    private static List<String> buyer(Invoice invoice) {
        List<String> buyer = new ArrayList<>();
        if (!invoice.buyerCompany().isEmpty()) {
            buyer.add(invoice.buyerCompany());
            buyer.add("N° TVA / VAT number : " + invoice.buyerVatNumber());
        }
        buyer.add(invoice.buyerName());
        buyer.addAll(invoice.buyerAddress());
        buyer.add(new Locale("", invoice.buyerCountry()).getDisplayCountry(Locale.FRENCH) + " (" + invoice.buyerCountry() + ")");
        return buyer;
    }

    private static String footer(Invoice invoice) {
        return invoice.sellerName() + " — " + invoice.sellerLegalForm()
                + (invoice.sellerSiret().isEmpty() ? "" : " — SIRET " + invoice.sellerSiret());
    }

    /** Net total, the VAT of each rate (none under the franchise or at zero rate), and the total. */
    private static List<String[]> totals(List<DocumentLine> lines, Currency currency) {
        List<String[]> totals = new ArrayList<>();
        long total = lines.stream().mapToLong(DocumentLine::totalMinor).sum();
        if (!vatShown(lines)) {
            totals.add(new String[] {"Total", amount(total, currency)});
            return totals;
        }
        totals.add(new String[] {"Total HT / Total excl. VAT", amount(lines.stream().mapToLong(DocumentLine::netMinor).sum(), currency)});
        Map<Integer, Long> vatByRate = new LinkedHashMap<>();
        lines.stream().filter(line -> line.vatRateBasisPoints() > 0)
                .forEach(line -> vatByRate.merge(line.vatRateBasisPoints(), line.vatMinor(), Long::sum));
        if (vatByRate.isEmpty()) {
            totals.add(new String[] {"TVA / VAT", amount(0, currency)});
        }
        vatByRate.forEach((rate, vat) -> totals.add(new String[] {"TVA / VAT " + rate(rate), amount(vat, currency)}));
        totals.add(new String[] {"Total TTC / Total incl. VAT", amount(total, currency)});
        return totals;
    }

    /** Whether a document shows VAT: not when every line is under the franchise. */
    private static boolean vatShown(List<DocumentLine> lines) {
        return lines.stream().anyMatch(line -> line.vatTreatment() != VatTreatment.FRANCHISE);
    }

    /** The sheet as PDF bytes. */
    static byte[] render(Sheet sheet) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 42, 42, 42, 42);
        try {
            BaseFont base = BaseFont.createFont("LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false,
                    FONT_BYTES, null);
            Font text = new Font(base, 9);
            Font small = new Font(base, 7.5f);
            Font strong = new Font(base, 9, Font.BOLD);
            Font heading = new Font(base, 16, Font.BOLD);
            PdfWriter.getInstance(document, out);
            document.addTitle(sheet.title() + " " + sheet.number());
            document.addAuthor(sheet.seller().get(0));
            document.open();

            Paragraph title = new Paragraph(sheet.title() + "  n° " + sheet.number(), heading);
            title.setSpacingAfter(12);
            document.add(title);

            PdfPTable parties = new PdfPTable(2);
            parties.setWidthPercentage(100);
            parties.addCell(block("Vendeur / Seller", sheet.seller(), text, strong));
            parties.addCell(block("Acheteur / Buyer", sheet.buyer(), text, strong));
            parties.setSpacingAfter(10);
            document.add(parties);

            PdfPTable facts = new PdfPTable(new float[] {2, 5});
            facts.setWidthPercentage(100);
            for (String[] fact : sheet.facts()) {
                facts.addCell(plain(fact[0], strong, Element.ALIGN_LEFT));
                facts.addCell(plain(fact[1], text, Element.ALIGN_LEFT));
            }
            facts.setSpacingAfter(10);
            document.add(facts);

            // Under the franchise there is no VAT to show: no VAT columns, no net and gross.
            boolean vatShown = vatShown(sheet.lines());
            PdfPTable lines = vatShown ? new PdfPTable(new float[] {9, 2, 3.2f, 2.2f, 3.2f, 3, 3.2f})
                    : new PdfPTable(new float[] {12, 2, 3.5f, 3.5f});
            lines.setWidthPercentage(100);
            lines.setHeaderRows(1);
            List<String> heads = vatShown ? List.of("Désignation / Description", "Qté / Qty", "PU HT / Unit net", "TVA / VAT %",
                    "Total HT / Net", "TVA / VAT", "Total TTC / Gross")
                    : List.of("Désignation / Description", "Qté / Qty", "Prix unitaire / Unit price", "Montant / Amount");
            for (String head : heads) {
                PdfPCell cell = new PdfPCell(new Phrase(head, strong));
                cell.setBorder(Rectangle.BOTTOM);
                cell.setBorderColor(RULE);
                cell.setPaddingBottom(4);
                lines.addCell(cell);
            }
            for (DocumentLine line : sheet.lines()) {
                lines.addCell(row(line.description(), text, Element.ALIGN_LEFT));
                lines.addCell(row(String.valueOf(line.quantity()), text, Element.ALIGN_RIGHT));
                if (vatShown) {
                    long unitNet = line.unitPriceMinor() - VatRules.contained(line.unitPriceMinor(), line.vatRateBasisPoints());
                    lines.addCell(row(amount(unitNet, sheet.currency()), text, Element.ALIGN_RIGHT));
                    lines.addCell(row(rate(line.vatRateBasisPoints()), text, Element.ALIGN_RIGHT));
                    lines.addCell(row(amount(line.netMinor(), sheet.currency()), text, Element.ALIGN_RIGHT));
                    lines.addCell(row(amount(line.vatMinor(), sheet.currency()), text, Element.ALIGN_RIGHT));
                } else {
                    lines.addCell(row(amount(line.unitPriceMinor(), sheet.currency()), text, Element.ALIGN_RIGHT));
                }
                lines.addCell(row(amount(line.totalMinor(), sheet.currency()), text, Element.ALIGN_RIGHT));
            }
            lines.setSpacingAfter(8);
            document.add(lines);

            PdfPTable totals = new PdfPTable(new float[] {5, 2});
            totals.setWidthPercentage(55);
            totals.setHorizontalAlignment(Element.ALIGN_RIGHT);
            for (String[] total : sheet.totals()) {
                totals.addCell(plain(total[0], strong, Element.ALIGN_LEFT));
                totals.addCell(plain(total[1], strong, Element.ALIGN_RIGHT));
            }
            totals.setSpacingAfter(14);
            document.add(totals);

            for (String mention : sheet.mentions()) {
                Paragraph paragraph = new Paragraph(mention, small);
                paragraph.setSpacingAfter(3);
                document.add(paragraph);
            }
            Paragraph footer = new Paragraph(sheet.footer(), small);
            footer.setSpacingBefore(12);
            footer.setAlignment(Element.ALIGN_CENTER);
            document.add(footer);
            document.close();
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("the PDF of " + sheet.number() + " could not be made", e);
        }
        return out.toByteArray();
    }

    private static PdfPCell block(String heading, List<String> lines, Font text, Font strong) {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.addElement(new Paragraph(heading, strong));
        lines.forEach(line -> cell.addElement(new Paragraph(line, text)));
        return cell;
    }

    private static PdfPCell plain(String value, Font font, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(value, font));
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setHorizontalAlignment(alignment);
        cell.setPaddingBottom(3);
        return cell;
    }

    private static PdfPCell row(String value, Font font, int alignment) {
        PdfPCell cell = plain(value, font, alignment);
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(RULE);
        return cell;
    }

    /** An amount as French invoices print it: {@code 1 234,56 €}. */
    static String amount(long minor, Currency currency) {
        BigDecimal value = BigDecimal.valueOf(minor, currency.getDefaultFractionDigits());
        String plain = value.toPlainString();
        int point = plain.indexOf('.');
        String units = point < 0 ? plain : plain.substring(0, point);
        String decimals = point < 0 ? "" : "," + plain.substring(point + 1);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < units.length(); i++) {
            if (i > 0 && (units.length() - i) % 3 == 0) {
                grouped.append(' ');
            }
            grouped.append(units.charAt(i));
        }
        String symbol = "EUR".equals(currency.getCurrencyCode()) ? "€" : currency.getCurrencyCode();
        return grouped + decimals + " " + symbol;
    }

    /** A rate in basis points as a percentage: {@code 20 %}, {@code 5,5 %}. */
    static String rate(int basisPoints) {
        return BigDecimal.valueOf(basisPoints, 2).stripTrailingZeros().toPlainString().replace('.', ',') + " %";
    }

    static String day(LocalDate date) {
        return DAY.format(date);
    }

    private static String paymentMethod(PaymentMethod method) {
        return method == PaymentMethod.CARD ? "carte bancaire / card" : "virement bancaire / bank transfer";
    }

    private static byte[] fontBytes() {
        try (InputStream font = InvoicePdf.class.getResourceAsStream(FONT)) {
            if (font == null) {
                throw new IllegalStateException("OpenPDF's Liberation Sans is missing: " + FONT);
            }
            return font.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
