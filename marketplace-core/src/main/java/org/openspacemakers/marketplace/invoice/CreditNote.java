package org.openspacemakers.marketplace.invoice;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
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
import org.hibernate.annotations.Immutable;
import org.openspacemakers.marketplace.catalog.Money;
import org.openspacemakers.marketplace.storage.StoredFile;

/**
 * A credit note ("avoir"): all or part of an invoice paid back, under a number of its own
 * ({@code AV-YYYY-NNNNNN}), naming the invoice it credits, which stays as it was issued.
 */
@Entity
@Immutable
@Table(name = "credit_notes")
public class CreditNote {

    @Id
    private UUID id;

    @Column(nullable = false, length = 20, updatable = false)
    private String number;

    @Column(name = "issue_year", nullable = false, updatable = false)
    private int issueYear;

    @Column(name = "seq_no", nullable = false, updatable = false)
    private long sequence;

    @Column(name = "invoice_id", nullable = false, updatable = false)
    private UUID invoiceId;

    @Column(name = "order_id", nullable = false, updatable = false)
    private UUID orderId;

    @Column(name = "buyer_id", nullable = false, updatable = false)
    private UUID buyerId;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    @Column(name = "issue_date", nullable = false, updatable = false)
    private LocalDate issueDate;

    @Column(name = "issued_by", updatable = false)
    private UUID issuedBy;

    @Column(nullable = false, length = 500, updatable = false)
    private String reason;

    @Column(nullable = false, length = 3, updatable = false)
    private String currency;

    @Column(name = "total_minor", nullable = false, updatable = false)
    private long totalMinor;

    @Column(name = "vat_total_minor", nullable = false, updatable = false)
    private long vatTotalMinor;

    @Embedded
    private IssuedPdf pdf;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "credit_note_lines", joinColumns = @JoinColumn(name = "credit_note_id"))
    @OrderColumn(name = "line_no")
    private List<DocumentLine> lines = new ArrayList<>();

    @Version
    private Long version;

    protected CreditNote() {
        // for JPA
    }

    CreditNote(Numbered numbered, Invoice invoice, List<DocumentLine> lines, String reason, UUID issuedBy) {
        this.id = UUID.randomUUID();
        this.number = numbered.number();
        this.issueYear = numbered.year();
        this.sequence = numbered.sequence();
        this.issuedAt = numbered.issuedAt();
        this.issueDate = numbered.issueDate();
        this.invoiceId = invoice.id();
        this.orderId = invoice.orderId();
        this.buyerId = invoice.buyerId();
        this.issuedBy = issuedBy;
        this.reason = reason;
        this.currency = invoice.total().currency().getCurrencyCode();
        this.lines = new ArrayList<>(lines);
        this.totalMinor = lines.stream().mapToLong(DocumentLine::totalMinor).reduce(0, Math::addExact);
        this.vatTotalMinor = lines.stream().mapToLong(DocumentLine::vatMinor).reduce(0, Math::addExact);
    }

    /** Keeps the PDF made from this credit note, once, before it is stored. */
    void attach(StoredFile pdf) {
        if (this.pdf != null) {
            throw new IllegalStateException("a credit note's PDF is made once");
        }
        this.pdf = new IssuedPdf(pdf);
    }

    public UUID id() {
        return id;
    }

    /** {@code AV-YYYY-NNNNNN}: the year of issue (in Paris) and its place in that year's series of credit notes. */
    public String number() {
        return number;
    }

    public long sequence() {
        return sequence;
    }

    public UUID invoiceId() {
        return invoiceId;
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

    public LocalDate issueDate() {
        return issueDate;
    }

    /** Who refunded (an administrator's id), empty when the store did. */
    public Optional<UUID> issuedBy() {
        return Optional.ofNullable(issuedBy);
    }

    public String reason() {
        return reason;
    }

    /** The amount paid back, VAT included. */
    public Money total() {
        return new Money(totalMinor, Currency.getInstance(currency));
    }

    public Money vatTotal() {
        return new Money(vatTotalMinor, Currency.getInstance(currency));
    }

    public List<DocumentLine> lines() {
        return List.copyOf(lines);
    }

    String pdfKey() {
        return pdf.key();
    }

    public String pdfSha256() {
        return pdf.sha256();
    }
}
