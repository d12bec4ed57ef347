package org.openspacemakers.marketplace.order;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A part an assembly-only buyer supplies for one line of their order, as the workshop receives it:
 * the BOM references it goes to and its manufacturer part number (the buyer's own, or the
 * approved BOM's when they declared none for those references).
 */
@Embeddable
public class SuppliedPartRecord {

    @Column(name = "line_no", nullable = false)
    private int lineNo;

    @Column(name = "reference", nullable = false, length = 200)
    private String reference;

    @Column(name = "mpn", nullable = false, length = 100)
    private String mpn;

    protected SuppliedPartRecord() {
        // for JPA
    }

    SuppliedPartRecord(int lineNo, String reference, String mpn) {
        this.lineNo = lineNo;
        this.reference = reference.length() > 200 ? reference.substring(0, 200) : reference;
        this.mpn = mpn;
    }

    /** The order line (from 0) the part is for. */
    public int lineNo() {
        return lineNo;
    }

    public String reference() {
        return reference;
    }

    public String mpn() {
        return mpn;
    }
}
