package org.openspacemakers.marketplace.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Currency;
import java.util.UUID;
import org.openspacemakers.marketplace.compliance.OfferKind;

/** How one revision is sold: full kit or assembly-only, at a price, with a lead time. */
@Entity
@Table(name = "offers")
public class Offer {

    @Id
    private UUID id;

    @Column(name = "revision_id", nullable = false, updatable = false)
    private UUID revisionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private OfferKind kind;

    @Column(name = "price_minor", nullable = false)
    private long priceMinor;

    @Column(nullable = false, length = 3)
    private String currency;

    @Enumerated(EnumType.STRING)
    @Column(name = "vat_category", nullable = false, length = 32)
    private VatCategory vatCategory;

    @Column(name = "parts_minor", nullable = false)
    private long partsMinor;

    @Column(name = "pcb_minor", nullable = false)
    private long pcbMinor;

    @Column(name = "labour_minor", nullable = false)
    private long labourMinor;

    @Column(name = "association_minor", nullable = false)
    private long associationMinor;

    @Column(name = "team_minor", nullable = false)
    private long teamMinor;

    /** Null until first stored: tells Spring Data to insert rather than merge; then optimistic locking. */
    @Version
    private Long version;

    protected Offer() {
        // for JPA
    }

    Offer(UUID revisionId, OfferKind kind, Money price, VatCategory vatCategory, PriceBreakdown breakdown) {
        this.id = UUID.randomUUID();
        this.revisionId = revisionId;
        this.kind = kind;
        reprice(price, vatCategory, breakdown);
    }

    /** A new price, with its breakdown adding up to it exactly. */
    void reprice(Money price, VatCategory vatCategory, PriceBreakdown breakdown) {
        if (price.amountMinor() == 0) {
            throw new ListingRejected("price", "invalid.price");
        }
        if (!Money.EUR.equals(price.currency())) {
            throw new ListingRejected("price.currency", "invalid.currency");
        }
        if (!breakdown.totalMinor().equals(java.math.BigInteger.valueOf(price.amountMinor()))) {
            throw new ListingRejected("breakdown", "invalid.breakdown",
                    new java.math.BigDecimal(breakdown.totalMinor(), 2).toPlainString(), price.decimal());
        }
        if (kind == OfferKind.ASSEMBLY_ONLY && breakdown.partsMinor() != 0) {
            throw new ListingRejected("breakdown.partsMinor", "invalid.breakdown.parts");
        }
        this.priceMinor = price.amountMinor();
        this.currency = price.currency().getCurrencyCode();
        this.vatCategory = java.util.Objects.requireNonNull(vatCategory, "VAT category");
        this.partsMinor = breakdown.partsMinor();
        this.pcbMinor = breakdown.pcbMinor();
        this.labourMinor = breakdown.labourMinor();
        this.associationMinor = breakdown.associationMinor();
        this.teamMinor = breakdown.teamMinor();
    }

    Offer copyFor(UUID otherRevision) {
        return new Offer(otherRevision, kind, price(), vatCategory, breakdown());
    }

    public UUID id() {
        return id;
    }

    public UUID revisionId() {
        return revisionId;
    }

    public OfferKind kind() {
        return kind;
    }

    public Money price() {
        return new Money(priceMinor, Currency.getInstance(currency));
    }

    public VatCategory vatCategory() {
        return vatCategory;
    }

    public PriceBreakdown breakdown() {
        return new PriceBreakdown(partsMinor, pcbMinor, labourMinor, associationMinor, teamMinor);
    }
}
