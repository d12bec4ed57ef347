package org.openspacemakers.marketplace.invoice;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.openspacemakers.marketplace.catalog.Money;
import org.openspacemakers.marketplace.compliance.OfferKind;
import org.openspacemakers.marketplace.compliance.Register;
import org.openspacemakers.marketplace.invoice.CreditedSoFar.Amounts;
import org.openspacemakers.marketplace.invoice.CreditedSoFar.Rate;
import org.openspacemakers.marketplace.invoice.Numbering.Series;
import org.openspacemakers.marketplace.order.Order;
import org.openspacemakers.marketplace.order.OrderLine;
import org.openspacemakers.marketplace.order.OrderPayment;
import org.openspacemakers.marketplace.order.Orders;
import org.openspacemakers.marketplace.order.ShippingAddress;
import org.openspacemakers.marketplace.refusal.InvalidInput;
import org.openspacemakers.marketplace.storage.FileStorage;
import org.openspacemakers.marketplace.tax.VatLine;
import org.openspacemakers.marketplace.tax.VatRules;
import org.openspacemakers.marketplace.tax.VatSettings;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The invoices module's API (docs/invoices.md). An order is invoiced when it is paid, in the
 * paying transaction; a refund issues a credit note in the refunding transaction. Both are
 * numbered without gaps ({@link Numbering}), frozen when issued, and kept as the PDF made then,
 * whose SHA-256 every download is checked against: nothing is ever made again from newer data.
 */
@Service
public class Invoices {

    /** The longest reason a credit note keeps. */
    public static final int MAX_REASON_LENGTH = 500;

    private static final String PDF = "application/pdf";

    private final InvoiceRepository invoices;
    private final CreditNoteRepository creditNotes;
    private final Numbering numbering;
    private final CreditedSoFar credited;
    private final Orders orders;
    private final Register register;
    private final Seller seller;
    private final VatSettings vat;
    private final FileStorage storage;
    private final TransactionTemplate reading;

    Invoices(InvoiceRepository invoices, CreditNoteRepository creditNotes, Numbering numbering, CreditedSoFar credited,
            Orders orders, Register register, Seller seller, VatSettings vat, FileStorage storage,
            PlatformTransactionManager transactions) {
        this.invoices = invoices;
        this.creditNotes = creditNotes;
        this.numbering = numbering;
        this.credited = credited;
        this.orders = orders;
        this.register = register;
        this.seller = seller;
        this.vat = vat;
        this.storage = storage;
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
    }

    /**
     * Issues the order's invoice, in the caller's transaction (the one that pays the order): the
     * next number of the year, the order's lines and VAT as they were placed, the seller and the
     * mentions as configured now, and the PDF. An order already invoiced keeps its invoice (the
     * unique order of an invoice stops a second one issued at the same time). It trusts its caller
     * that the order is paid: {@link PaidOrders} calls it when the order moves to PAID.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Invoice issue(UUID orderId) {
        Optional<Invoice> issued = invoices.findByOrderId(orderId);
        if (issued.isPresent()) {
            return issued.get();
        }
        Order order = orders.byId(orderId).orElseThrow(() -> new IllegalArgumentException("no such order"));
        Numbered numbered = numbering.next(Series.INVOICE);
        Invoice invoice = new Invoice(numbered, freeze(order, numbered.issueDate()));
        if (!invoice.total().equals(order.total())) {
            throw new IllegalStateException("an invoice's lines must add up to what the order costs");
        }
        invoice.attach(storage.store(InvoicePdf.render(InvoicePdf.of(invoice)), PDF));
        return invoices.saveAndFlush(invoice);
    }

    /**
     * Issues a credit note for all or part of the order's invoice, in the caller's transaction
     * (the one that records the refund): the invoice stays as it was. A refund of everything not
     * yet credited repeats the invoice's lines (or what is left of each VAT rate); a smaller one is
     * shared between the invoice's VAT rates in proportion to what is left of each.
     *
     * @param amount what is paid back, VAT included: at least one cent, at most {@link #creditable(UUID)}
     * @param reason why, printed on the credit note (1 to {@value #MAX_REASON_LENGTH} characters)
     * @param actor  who refunds (an administrator), or null for the store itself
     * @throws OrderNotInvoiced when the order has no invoice (it was never paid)
     * @throws InvalidInput naming {@code amount} or {@code reason}; no number is taken then
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public CreditNote creditNote(UUID orderId, Money amount, String reason, UUID actor) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > MAX_REASON_LENGTH) {
            throw new InvalidInput("reason", "invalid.text", MAX_REASON_LENGTH);
        }
        Invoice invoice = invoices.findByOrderId(orderId).orElseThrow(OrderNotInvoiced::new);
        // What was credited before is read under the series' lock: a refund racing this one waits for it.
        numbering.lock(Series.CREDIT_NOTE);
        Map<Rate, Amounts> left = left(invoice, credited.of(orderId));
        long creditable = left.values().stream().mapToLong(Amounts::gross).sum();
        if (!amount.currency().equals(invoice.total().currency()) || amount.amountMinor() < 1
                || amount.amountMinor() > creditable) {
            throw new InvalidInput("amount", "invalid.creditNoteAmount",
                    new Money(creditable, invoice.total().currency()).decimal());
        }
        List<DocumentLine> lines = creditable == invoice.total().amountMinor() && amount.equals(invoice.total())
                ? invoice.lines().stream().map(line -> new DocumentLine("Remboursement / Refund : " + line.description(),
                        line.quantity(), line.unitPriceMinor(), line.vatTreatment(), line.vatRateBasisPoints(), line.vatMinor()))
                        .toList()
                : shared(left, amount.amountMinor(), creditable);
        CreditNote note = new CreditNote(numbering.next(Series.CREDIT_NOTE), invoice, lines, why, actor);
        note.attach(storage.store(InvoicePdf.render(InvoicePdf.of(note, invoice)), PDF));
        return creditNotes.saveAndFlush(note);
    }

    /**
     * The credit note for money paid back on an order ({@code OrderRefunded}), in the refunding
     * transaction: the amount refunded, up to what is left to credit of the invoice (a refund of
     * more than was invoiced credits the invoice's rest), with its reason ("Remboursement" when none
     * was given). An order never invoiced (paid while on hold, then refunded without being released)
     * has nothing to credit: empty.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<CreditNote> creditRefund(UUID orderId, Money refunded, String reason, UUID actor) {
        Optional<Invoice> invoice = invoices.findByOrderId(orderId);
        if (invoice.isEmpty() || !refunded.currency().equals(invoice.get().total().currency())) {
            return Optional.empty();
        }
        numbering.lock(Series.CREDIT_NOTE);
        long creditable = left(invoice.get(), credited.of(orderId)).values().stream().mapToLong(Amounts::gross).sum();
        long amount = Math.min(refunded.amountMinor(), creditable);
        if (amount < 1) {
            return Optional.empty();
        }
        String why = reason == null || reason.isBlank() ? "Remboursement / Refund" : reason.strip();
        return Optional.of(creditNote(orderId, new Money(amount, refunded.currency()),
                why.length() > MAX_REASON_LENGTH ? why.substring(0, MAX_REASON_LENGTH) : why, actor));
    }

    /** What is left to credit of each of the invoice's VAT rates, in the order they first appear on it. */
    static Map<Rate, Amounts> left(Invoice invoice, Map<Rate, Amounts> creditedSoFar) {
        Map<Rate, Amounts> left = new LinkedHashMap<>();
        invoice.lines().forEach(line -> left.merge(new Rate(line.vatTreatment(), line.vatRateBasisPoints()),
                new Amounts(line.totalMinor(), line.vatMinor()), Amounts::plus));
        creditedSoFar.forEach((rate, amounts) -> left.computeIfPresent(rate,
                (key, invoiced) -> new Amounts(invoiced.gross() - amounts.gross(), invoiced.vat() - amounts.vat())));
        left.values().removeIf(amounts -> amounts.gross() <= 0);
        return left;
    }

    /**
     * One line per VAT rate: the amount shared in proportion to what is left of each rate, by the
     * largest remainders (each rate's share rounded down, the cents left over given one each to the
     * rates whose shares lost the most), so no rate is credited more than is left of it; its VAT is
     * the VAT contained at that rate, never more than the invoice's VAT left at it. Everything left:
     * exactly what is left of each rate, VAT included.
     */
    static List<DocumentLine> shared(Map<Rate, Amounts> left, long amount, long creditable) {
        List<Rate> rates = new ArrayList<>(left.keySet());
        long[] shares = new long[rates.size()];
        long[] lost = new long[rates.size()];
        long given = 0;
        for (int i = 0; i < rates.size(); i++) {
            long exact = Math.multiplyExact(amount, left.get(rates.get(i)).gross());
            shares[i] = exact / creditable;
            lost[i] = exact % creditable;
            given += shares[i];
        }
        List<Integer> byLoss = new ArrayList<>();
        for (int i = 0; i < rates.size(); i++) {
            byLoss.add(i);
        }
        byLoss.sort((a, b) -> Long.compare(lost[b], lost[a]));
        for (int i = 0; given < amount; i++, given++) {
            shares[byLoss.get(i)]++;
        }
        List<DocumentLine> lines = new ArrayList<>();
        for (int i = 0; i < rates.size(); i++) {
            Rate rate = rates.get(i);
            Amounts open = left.get(rate);
            if (shares[i] == 0) {
                continue;
            }
            long vatOfShare = amount == creditable ? open.vat()
                    : Math.min(VatRules.contained(shares[i], rate.basisPoints()), open.vat());
            lines.add(new DocumentLine(rate.basisPoints() == 0 ? "Remboursement / Refund"
                    : "Remboursement / Refund — TVA / VAT " + InvoicePdf.rate(rate.basisPoints()),
                    1, shares[i], rate.treatment(), rate.basisPoints(), vatOfShare));
        }
        return lines;
    }

    /** What may still be credited of the order's invoice; nothing when it has none. */
    @Transactional(readOnly = true)
    public Money creditable(UUID orderId) {
        return invoices.findByOrderId(orderId).map(invoice -> new Money(
                left(invoice, credited.of(orderId)).values().stream().mapToLong(Amounts::gross).sum(),
                invoice.total().currency())).orElse(Money.euros(0));
    }

    @Transactional(readOnly = true)
    public Optional<Invoice> invoiceOf(UUID orderId) {
        return invoices.findByOrderId(orderId);
    }

    /** The order's credit notes, oldest first. */
    @Transactional(readOnly = true)
    public List<CreditNote> creditNotesOf(UUID orderId) {
        return creditNotes.findByOrderIdOrderByIssueYearAscSequenceAsc(orderId);
    }

    /** The numbers of the order's invoice and credit notes: what its pages and JSON link to. */
    @Transactional(readOnly = true)
    public OrderDocuments documentsOf(UUID orderId) {
        return new OrderDocuments(invoices.findByOrderId(orderId).map(Invoice::number),
                creditNotes.findByOrderIdOrderByIssueYearAscSequenceAsc(orderId).stream().map(CreditNote::number).toList());
    }

    /**
     * The order's invoice as issued, to its buyer or an administrator; empty before it is paid and
     * for anyone else alike, so that nothing tells them apart.
     */
    public Optional<DocumentFile> invoicePdf(UUID orderId, UUID viewer, boolean administrator) {
        return reading.execute(status -> invoices.findByOrderId(orderId))
                .filter(invoice -> administrator || invoice.buyerId().equals(viewer))
                .map(invoice -> new DocumentFile("facture-" + invoice.number() + ".pdf",
                        issued(invoice.pdfKey(), invoice.pdfSha256())));
    }

    /** One of the order's credit notes, by number, on the same terms as {@link #invoicePdf}. */
    public Optional<DocumentFile> creditNotePdf(UUID orderId, String number, UUID viewer, boolean administrator) {
        return reading.execute(status -> creditNotes.findByOrderIdAndNumber(orderId, number))
                .filter(note -> administrator || note.buyerId().equals(viewer))
                .map(note -> new DocumentFile(note.number() + ".pdf", issued(note.pdfKey(), note.pdfSha256())));
    }

    /** The stored PDF, read outside any transaction and checked against the digest recorded when issued. */
    private byte[] issued(String key, String sha256) {
        byte[] content = storage.read(key).orElseThrow(() -> new IllegalStateException("an issued document's PDF is missing"));
        if (!sha256(content).equals(sha256)) {
            throw new IllegalStateException("an issued document's PDF does not match its recorded SHA-256");
        }
        return content;
    }

    private Invoice.Frozen freeze(Order order, LocalDate issueDate) {
        List<DocumentLine> lines = new ArrayList<>(order.lines().stream().map(line -> new DocumentLine(description(line),
                line.quantity(), line.unitPriceMinor(), line.vatTreatment(), line.vatRateBasisPoints(), line.vatMinor())).toList());
        if (order.shipping().amountMinor() > 0) {
            lines.add(shipping(order));
        }
        ShippingAddress address = order.shippingAddress();
        List<String> addressLines = new ArrayList<>();
        addressLines.add(address.line1());
        if (!address.line2().isEmpty()) {
            addressLines.add(address.line2());
        }
        addressLines.add(address.postalCode() + " " + address.city());
        Optional<Order.Professional> company = order.professional();
        return new Invoice.Frozen(order.id(), order.buyerId(), order.placedAt(), order.paymentMethod(),
                order.total().currency(), lines, seller, vat.vatNumber(), order.buyerType(),
                company.map(Order.Professional::companyName).orElse(""), company.map(Order.Professional::vatNumber).orElse(""),
                address.name(), addressLines, address.country().value(),
                InvoiceMentions.of(order.buyerType(), order.paymentMethod(),
                        order.payment().map(OrderPayment::reference).orElse(order.paymentReference()),
                        lines.stream().map(DocumentLine::vatTreatment).toList(), issueDate, register.producers(),
                        Optional.ofNullable(register.weeeNumbersOnOffers().get(order.destination().value()))),
                order.donation().amountMinor());
    }

    /**
     * The shipping the buyer paid, as a line of its own bearing the VAT of the goods it carries
     * ({@link Order#shippingVat()}: one rule for the order's VAT total and its invoice).
     */
    private static DocumentLine shipping(Order order) {
        VatLine taxed = order.shippingVat();
        String method = order.shippingMethod().map(shipped -> switch (shipped) {
            case STANDARD -> " (envoi standard / standard parcel)";
            case TRACKED -> " (envoi suivi contre signature / tracked parcel)";
        }).orElse("");
        return new DocumentLine("Expédition / Shipping" + method, 1, taxed.unitPrice().amountMinor(), taxed.treatment(),
                taxed.rateBasisPoints(), taxed.vat().amountMinor());
    }

    private static String description(OrderLine line) {
        return line.boardName() + " " + line.revisionLabel() + (line.kind() == OfferKind.ASSEMBLY_ONLY
                ? " — assemblage de vos composants / assembly of your parts"
                : " — carte assemblée / assembled board");
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
