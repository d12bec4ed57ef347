package org.openspacemakers.marketplace.invoice;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.openspacemakers.marketplace.tax.VatTreatment;

/**
 * One line of an invoice or a credit note as issued: what was sold (or refunded), how many, the
 * unit price the buyer paid (VAT included), and the VAT contained in the line's total.
 */
@Embeddable
public class DocumentLine {

    @Column(nullable = false, length = 400, updatable = false)
    private String description;

    @Column(nullable = false, updatable = false)
    private int quantity;

    @Column(name = "unit_price_minor", nullable = false, updatable = false)
    private long unitPriceMinor;

    @Enumerated(EnumType.STRING)
    @Column(name = "vat_treatment", nullable = false, length = 32, updatable = false)
    private VatTreatment vatTreatment;

    @Column(name = "vat_rate_bp", nullable = false, updatable = false)
    private int vatRateBasisPoints;

    @Column(name = "vat_minor", nullable = false, updatable = false)
    private long vatMinor;

    protected DocumentLine() {
        // for JPA
    }

    DocumentLine(String description, int quantity, long unitPriceMinor, VatTreatment vatTreatment, int vatRateBasisPoints,
            long vatMinor) {
        this.description = description.length() > 400 ? description.substring(0, 400) : description;
        this.quantity = quantity;
        this.unitPriceMinor = unitPriceMinor;
        this.vatTreatment = vatTreatment;
        this.vatRateBasisPoints = vatRateBasisPoints;
        this.vatMinor = vatMinor;
    }

    public String description() {
        return description;
    }

    public int quantity() {
        return quantity;
    }

    public long unitPriceMinor() {
        return unitPriceMinor;
    }

    public VatTreatment vatTreatment() {
        return vatTreatment;
    }

    public int vatRateBasisPoints() {
        return vatRateBasisPoints;
    }

    public long vatMinor() {
        return vatMinor;
    }

    /** The line's total, VAT included. */
    public long totalMinor() {
        return Math.multiplyExact(unitPriceMinor, quantity);
    }

    /** The line's total without its VAT. */
    public long netMinor() {
        return totalMinor() - vatMinor;
    }
}
