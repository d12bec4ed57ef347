package org.openspacemakers.marketplace.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Currency;
import java.util.UUID;
import org.hibernate.annotations.EmbeddedColumnNaming;
import org.hibernate.annotations.Immutable;

/**
 * One entry of an offer's price history: who changed its price or its breakdown, when, from what
 * to what. Never edited: the price is what may still change once a revision is handed in, so each
 * change is kept.
 */
@Entity
@Immutable
@Table(name = "offer_price_changes")
public class PriceChange {

    @Id
    private UUID id;

    /** 0 for an offer's first change, then one more for each: their order (timestamps may tie). */
    @Column(nullable = false)
    private int sequence;

    @Column(nullable = false, length = 3)
    private String currency;

    @Embedded
    @EmbeddedColumnNaming("old_%s")
    private Pricing before;

    @Embedded
    @EmbeddedColumnNaming("new_%s")
    private Pricing after;

    @Column(name = "changed_by", nullable = false)
    private UUID changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected PriceChange() {
        // for JPA
    }

    PriceChange(int sequence, String currency, Pricing before, Pricing after, UUID changedBy, Instant changedAt) {
        this.id = UUID.randomUUID();
        this.sequence = sequence;
        this.currency = currency;
        this.before = before;
        this.after = after;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public Money oldPrice() {
        return new Money(before.priceMinor(), Currency.getInstance(currency));
    }

    public PriceBreakdown oldBreakdown() {
        return before.breakdown();
    }

    public Money newPrice() {
        return new Money(after.priceMinor(), Currency.getInstance(currency));
    }

    public PriceBreakdown newBreakdown() {
        return after.breakdown();
    }

    /** The member of the team who made the change. */
    public UUID changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
