package org.openspacemakers.marketplace.invoice;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.hibernate.annotations.Immutable;
import org.openspacemakers.marketplace.catalog.Money;
import org.openspacemakers.marketplace.compliance.BuyerType;
import org.openspacemakers.marketplace.order.PaymentMethod;
import org.openspacemakers.marketplace.storage.StoredFile;

/**
 * An invoice as issued when its order was paid: its number, the seller and the buyer, the lines,
 * totals and mentions as they were then, and the PDF made from them. Nothing changes it afterwards:
 * a refund issues a {@link CreditNote}.
 */
@Entity
@Immutable
@Table(name = "invoices")
public class Invoice {

    @Id
    private UUID id;

    @Column(nullable = false, length = 20, updatable = false)
    private String number;

    @Column(name = "issue_year", nullable = false, updatable = false)
    private int issueYear;

    @Column(name = "seq_no", nullable = false, updatable = false)
    private long sequence;

    @Column(name = "order_id", nullable = false, updatable = false)
    private UUID orderId;

    @Column(name = "buyer_id", nullable = false, updatable = false)
    private UUID buyerId;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    @Column(name = "issue_date", nullable = false, updatable = false)
    private LocalDate issueDate;

    @Column(name = "ordered_at", nullable = false, updatable = false)
    private Instant orderedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "payment_method", nullable = false, length = 32, updatable = false)
    private PaymentMethod paymentMethod;

    @Column(nullable = false, length = 3, updatable = false)
    private String currency;

    @Column(name = "total_minor", nullable = false, updatable = false)
    private long totalMinor;

    /** A donation paid with the order: shown after the total, apart, never part of it (no VAT). */
    @Column(name = "donation_minor", nullable = false, updatable = false)
    private long donationMinor;

    @Column(name = "vat_total_minor", nullable = false, updatable = false)
    private long vatTotalMinor;

    @Column(name = "seller_name", nullable = false, length = 200, updatable = false)
    private String sellerName;

    @Column(name = "seller_legal_form", nullable = false, length = 200, updatable = false)
    private String sellerLegalForm;

    @Column(name = "seller_address", nullable = false, length = 500, updatable = false)
    private String sellerAddress;

    @Column(name = "seller_email", nullable = false, length = 200, updatable = false)
    private String sellerEmail;

    @Column(name = "seller_siret", nullable = false, length = 14, updatable = false)
    private String sellerSiret;

    @Column(name = "seller_rna", nullable = false, length = 10, updatable = false)
    private String sellerRna;

    @Column(name = "seller_vat_number", nullable = false, length = 20, updatable = false)
    private String sellerVatNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "buyer_type", nullable = false, length = 32, updatable = false)
    private BuyerType buyerType;

    @Column(name = "buyer_company", nullable = false, length = 200, updatable = false)
    private String buyerCompany;

    @Column(name = "buyer_vat_number", nullable = false, length = 20, updatable = false)
    private String buyerVatNumber;

    @Column(name = "buyer_name", nullable = false, length = 200, updatable = false)
    private String buyerName;

    @Column(name = "buyer_address", nullable = false, length = 700, updatable = false)
    private String buyerAddress;

    @Column(name = "buyer_country", nullable = false, length = 2, updatable = false)
    private String buyerCountry;

    @Embedded
    private IssuedPdf pdf;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "invoice_lines", joinColumns = @JoinColumn(name = "invoice_id"))
    @OrderColumn(name = "line_no")
    private List<DocumentLine> lines = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT)
    @CollectionTable(name = "invoice_mentions", joinColumns = @JoinColumn(name = "invoice_id"))
    @OrderColumn(name = "position")
    @Column(name = "mention", nullable = false, length = 1000)
    private List<String> mentions = new ArrayList<>();

    /** Null until stored, so that it is inserted; never incremented, since nothing updates an invoice. */
    @Version
    private Long version;

    protected Invoice() {
        // for JPA
    }

    Invoice(Numbered numbered, Frozen content) {
        this.id = UUID.randomUUID();
        this.number = numbered.number();
        this.issueYear = numbered.year();
        this.sequence = numbered.sequence();
        this.issuedAt = numbered.issuedAt();
        this.issueDate = numbered.issueDate();
        this.orderId = content.orderId();
        this.buyerId = content.buyerId();
        this.orderedAt = content.orderedAt();
        this.paymentMethod = content.paymentMethod();
        this.currency = content.currency().getCurrencyCode();
        this.lines = new ArrayList<>(content.lines());
        this.totalMinor = lines.stream().mapToLong(DocumentLine::totalMinor).reduce(0, Math::addExact);
        this.vatTotalMinor = lines.stream().mapToLong(DocumentLine::vatMinor).reduce(0, Math::addExact);
        this.donationMinor = content.donationMinor();
        Seller seller = content.seller();
        this.sellerName = seller.name();
        this.sellerLegalForm = seller.legalForm();
        this.sellerAddress = seller.postalAddress();
        this.sellerEmail = seller.email();
        this.sellerSiret = seller.siret();
        this.sellerRna = seller.rna();
        this.sellerVatNumber = content.sellerVatNumber().orElse("");
        this.buyerType = content.buyerType();
        this.buyerCompany = content.buyerCompany();
        this.buyerVatNumber = content.buyerVatNumber();
        this.buyerName = content.buyerName();
        this.buyerAddress = String.join("\n", content.buyerAddress());
        this.buyerCountry = content.buyerCountry();
        this.mentions = new ArrayList<>(content.mentions());
    }

    /**
     * What an invoice is made of besides its number, read from the order and the configuration when
     * it is issued.
     */
    record Frozen(UUID orderId, UUID buyerId, Instant orderedAt, PaymentMethod paymentMethod, Currency currency,
            List<DocumentLine> lines, Seller seller, Optional<String> sellerVatNumber, BuyerType buyerType,
            String buyerCompany, String buyerVatNumber, String buyerName, List<String> buyerAddress, String buyerCountry,
            List<String> mentions, long donationMinor) {

        /** The same content without a donation paid with the order. */
        Frozen(UUID orderId, UUID buyerId, Instant orderedAt, PaymentMethod paymentMethod, Currency currency,
                List<DocumentLine> lines, Seller seller, Optional<String> sellerVatNumber, BuyerType buyerType,
                String buyerCompany, String buyerVatNumber, String buyerName, List<String> buyerAddress, String buyerCountry,
                List<String> mentions) {
            this(orderId, buyerId, orderedAt, paymentMethod, currency, lines, seller, sellerVatNumber, buyerType,
                    buyerCompany, buyerVatNumber, buyerName, buyerAddress, buyerCountry, mentions, 0);
        }
    }

    /** Keeps the PDF made from this invoice, once, before the invoice is stored. */
    void attach(StoredFile pdf) {
        if (this.pdf != null) {
            throw new IllegalStateException("an invoice's PDF is made once");
        }
        this.pdf = new IssuedPdf(pdf);
    }

    public UUID id() {
        return id;
    }

    /** {@code YYYY-NNNNNN}: the year of issue (in Paris) and the invoice's place in that year's series. */
    public String number() {
        return number;
    }

    public int issueYear() {
        return issueYear;
    }

    public long sequence() {
        return sequence;
    }

    public UUID orderId() {
        return orderId;
    }

    public UUID buyerId() {
        return buyerId;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    /** The date printed on the invoice: the day of issue in Paris. */
    public LocalDate issueDate() {
        return issueDate;
    }

    public Instant orderedAt() {
        return orderedAt;
    }

    public PaymentMethod paymentMethod() {
        return paymentMethod;
    }

    /** What the buyer paid, VAT included. */
    public Money total() {
        return new Money(totalMinor, Currency.getInstance(currency));
    }

    /** The donation paid with the order (zero when none): not invoiced, shown apart. */
    public Money donation() {
        return new Money(donationMinor, Currency.getInstance(currency));
    }

    public Money vatTotal() {
        return new Money(vatTotalMinor, Currency.getInstance(currency));
    }

    public String sellerName() {
        return sellerName;
    }

    public String sellerLegalForm() {
        return sellerLegalForm;
    }

    public String sellerAddress() {
        return sellerAddress;
    }

    public String sellerEmail() {
        return sellerEmail;
    }

    /** The seller's SIRET as it was when issued; empty if none was configured. */
    public String sellerSiret() {
        return sellerSiret;
    }

    public String sellerRna() {
        return sellerRna;
    }

    /** The association's VAT number; empty while it was VAT-exempt. */
    public String sellerVatNumber() {
        return sellerVatNumber;
    }

    public BuyerType buyerType() {
        return buyerType;
    }

    /** A professional buyer's company; empty for a consumer. */
    public String buyerCompany() {
        return buyerCompany;
    }

    public String buyerVatNumber() {
        return buyerVatNumber;
    }

    public String buyerName() {
        return buyerName;
    }

    public List<String> buyerAddress() {
        return List.of(buyerAddress.split("\n"));
    }

    public String buyerCountry() {
        return buyerCountry;
    }

    public List<DocumentLine> lines() {
        return List.copyOf(lines);
    }

    /** The legal mentions printed at its foot, in order. */
    public List<String> mentions() {
        return List.copyOf(mentions);
    }

    String pdfKey() {
        return pdf.key();
    }

    /** The SHA-256 of the PDF issued, in lower-case hex: what every download is checked against. */
    public String pdfSha256() {
        return pdf.sha256();
    }
}
