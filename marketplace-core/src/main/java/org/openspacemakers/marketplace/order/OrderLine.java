package org.openspacemakers.marketplace.order;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.UUID;
import org.openspacemakers.marketplace.catalog.PriceBreakdown;
import org.openspacemakers.marketplace.compliance.OfferKind;
import org.openspacemakers.marketplace.tax.VatLine;
import org.openspacemakers.marketplace.tax.VatTreatment;

/**
 * One line of an order, with the price and revision as they were when it was placed, and its VAT
 * as {@code tax.VatRules} set it then: the unit price is what the buyer pays, VAT included.
 */
@Embeddable
public class OrderLine {

    @Column(name = "offer_id", nullable = false)
    private UUID offerId;

    @Column(name = "revision_id", nullable = false)
    private UUID revisionId;

    @Column(name = "team_id", nullable = false)
    private UUID teamId;

    @Column(name = "board_slug", nullable = false, length = 80)
    private String boardSlug;

    @Column(name = "board_name", nullable = false, length = 200)
    private String boardName;

    @Column(name = "revision_label", nullable = false, length = 40)
    private String revisionLabel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private OfferKind kind;

    @Column(nullable = false)
    private int quantity;

    @Column(name = "unit_price_minor", nullable = false)
    private long unitPriceMinor;

    @Enumerated(EnumType.STRING)
    @Column(name = "vat_treatment", nullable = false, length = 32)
    private VatTreatment vatTreatment;

    @Column(name = "vat_rate_bp", nullable = false)
    private int vatRateBasisPoints;

    @Column(name = "vat_minor", nullable = false)
    private long vatMinor;

    /** Whether the line's boards were taken from the offer's stock (else booked in the team's queue). */
    @Column(name = "from_stock", nullable = false)
    private boolean fromStock;

    // The offer's price breakdown per unit as sold (VAT included, adding up to the offer's price then);
    // lines placed before it was kept carry their offer's breakdown of the day of the migration.
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

    protected OrderLine() {
        // for JPA
    }

    OrderLine(UUID offerId, UUID revisionId, UUID teamId, String boardSlug, String boardName, String revisionLabel,
            OfferKind kind, VatLine vat, PriceBreakdown breakdown) {
        this.offerId = offerId;
        this.revisionId = revisionId;
        this.teamId = teamId;
        this.boardSlug = boardSlug;
        this.boardName = boardName;
        this.revisionLabel = revisionLabel;
        this.kind = kind;
        this.quantity = vat.quantity();
        this.unitPriceMinor = vat.unitPrice().amountMinor();
        this.vatTreatment = vat.treatment();
        this.vatRateBasisPoints = vat.rateBasisPoints();
        this.vatMinor = vat.vat().amountMinor();
        this.partsMinor = breakdown.partsMinor();
        this.pcbMinor = breakdown.pcbMinor();
        this.labourMinor = breakdown.labourMinor();
        this.associationMinor = breakdown.associationMinor();
        this.teamMinor = breakdown.teamMinor();
    }

    public UUID offerId() {
        return offerId;
    }

    public UUID revisionId() {
        return revisionId;
    }

    public UUID teamId() {
        return teamId;
    }

    public String boardSlug() {
        return boardSlug;
    }

    public String boardName() {
        return boardName;
    }

    public String revisionLabel() {
        return revisionLabel;
    }

    public OfferKind kind() {
        return kind;
    }

    public int quantity() {
        return quantity;
    }

    public long unitPriceMinor() {
        return unitPriceMinor;
    }

    public long totalMinor() {
        return Math.multiplyExact(unitPriceMinor, quantity);
    }

    /** How VAT applies to the line, which says the mention its invoice carries. */
    public VatTreatment vatTreatment() {
        return vatTreatment;
    }

    /** The VAT rate in basis points (2000 is 20 %); 0 when the line bears none. */
    public int vatRateBasisPoints() {
        return vatRateBasisPoints;
    }

    /**
     * Whether the boards come off the team's shelf, assembled already, rather than from its
     * assembly queue: set as the order is booked, from the offer as it stood under its lock.
     */
    public boolean fromStock() {
        return fromStock;
    }

    void bookFrom(boolean stock) {
        this.fromStock = stock;
    }

    /** The VAT contained in the line's total, in minor units. */
    public long vatMinor() {
        return vatMinor;
    }

    /**
     * Where the money of one unit went, as the offer's breakdown stood when the line was placed: per
     * unit, VAT included, adding up to the offer's price of that day. A buyer who owes no French VAT
     * paid less than that price ({@link #unitPriceMinor()}); the books split what was paid in the
     * breakdown's proportions (docs/guides/treasurer.md).
     */
    public PriceBreakdown breakdown() {
        return new PriceBreakdown(partsMinor, pcbMinor, labourMinor, associationMinor, teamMinor);
    }
}
