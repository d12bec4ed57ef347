package org.openspacemakers.marketplace.catalog;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.openspacemakers.marketplace.compliance.OfferKind;

/**
 * How one revision is sold: full kit or assembly-only, at a price with its breakdown, in a VAT
 * category. It keeps each change of its price ({@link PriceChange}).
 */
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

    @Embedded
    private Pricing pricing;

    @Column(nullable = false, length = 3)
    private String currency;

    @Enumerated(EnumType.STRING)
    @Column(name = "vat_category", nullable = false, length = 32)
    private VatCategory vatCategory;

    /** Every change of the price after the offer was made, oldest first; appended to, never edited. */
    @OneToMany(cascade = CascadeType.PERSIST, fetch = FetchType.LAZY)
    @JoinColumn(name = "offer_id", nullable = false, updatable = false)
    @OrderBy("sequence")
    private List<PriceChange> priceChanges = new ArrayList<>();

    /**
     * Assembled boards on the team's shelf, when the offer is sold from stock; null when it is made
     * to order. Read here, written only by {@link Stock}'s conditional updates (never by a flush of
     * this entity, which would put back a count read before an order took boards off).
     */
    @Column(insertable = false, updatable = false)
    private Integer stock;

    /** Null until first stored: tells Spring Data to insert rather than merge; then optimistic locking. */
    @Version
    private Long version;

    protected Offer() {
        // for JPA
    }

    /** A new offer of a revision; {@link Revision#offer} says whether the revision still takes one. */
    Offer(UUID revisionId, OfferKind kind, Money price, VatCategory vatCategory, PriceBreakdown breakdown) {
        this.id = UUID.randomUUID();
        this.revisionId = revisionId;
        this.kind = kind;
        this.vatCategory = Objects.requireNonNull(vatCategory, "VAT category");
        this.pricing = priced(price, breakdown);
        this.currency = price.currency().getCurrencyCode();
    }

    /**
     * Changes the offer as its team asks. The price and its breakdown may change at any time (an
     * order keeps the price it was placed at), each change kept with who made it and when; the VAT
     * category only while the revision's offers are open ({@link Revision#offersOpen()}), else
     * {@link RevisionFrozen} and nothing changes.
     */
    void change(Revision revision, Money price, VatCategory vatCategory, PriceBreakdown breakdown, UUID by, Instant at) {
        Pricing asked = priced(price, breakdown);
        if (vatCategory != this.vatCategory) {
            if (!revision.offersOpen()) {
                throw RevisionFrozen.vatCategory(revision.label(), kind);
            }
            this.vatCategory = Objects.requireNonNull(vatCategory, "VAT category");
        }
        if (!asked.equals(pricing)) {
            priceChanges.add(new PriceChange(priceChanges.size(), currency, pricing, asked, by, at));
            this.pricing = asked;
        }
    }

    /** A price with its breakdown adding up to it exactly, in euros. */
    private Pricing priced(Money price, PriceBreakdown breakdown) {
        if (price.amountMinor() == 0) {
            throw new ListingRejected("price", "invalid.price");
        }
        if (!Money.EUR.equals(price.currency())) {
            throw new ListingRejected("price.currency", "invalid.currency");
        }
        if (!breakdown.totalMinor().equals(BigInteger.valueOf(price.amountMinor()))) {
            throw new ListingRejected("breakdown", "invalid.breakdown",
                    new BigDecimal(breakdown.totalMinor(), 2).toPlainString(), price.decimal());
        }
        if (kind == OfferKind.ASSEMBLY_ONLY && breakdown.partsMinor() != 0) {
            throw new ListingRejected("breakdown.partsMinor", "invalid.breakdown.parts");
        }
        return new Pricing(price, breakdown);
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
        return new Money(pricing.priceMinor(), Currency.getInstance(currency));
    }

    public VatCategory vatCategory() {
        return vatCategory;
    }

    public PriceBreakdown breakdown() {
        return pricing.breakdown();
    }

    /** The boards on the shelf when the offer is sold from stock, as read with the offer; empty when it is made to order. */
    public Optional<Integer> stock() {
        return Optional.ofNullable(stock);
    }
}
