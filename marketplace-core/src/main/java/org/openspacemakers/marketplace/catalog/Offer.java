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

    @Column(name = "lead_time_days", nullable = false)
    private int leadTimeDays;

    /** Null until first stored: tells Spring Data to insert rather than merge; then optimistic locking. */
    @Version
    private Long version;

    protected Offer() {
        // for JPA
    }

    Offer(UUID revisionId, OfferKind kind, Money price, int leadTimeDays) {
        if (price.amountMinor() == 0) {
            throw new IllegalArgumentException("an offer has a price");
        }
        if (leadTimeDays < 1 || leadTimeDays > 365) {
            throw new IllegalArgumentException("a lead time is 1 to 365 days");
        }
        this.id = UUID.randomUUID();
        this.revisionId = revisionId;
        this.kind = kind;
        this.priceMinor = price.amountMinor();
        this.currency = price.currency().getCurrencyCode();
        this.leadTimeDays = leadTimeDays;
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

    public int leadTimeDays() {
        return leadTimeDays;
    }
}
