package org.openspacemakers.marketplace.compliance;

import java.util.Objects;

/** A part an assembly-only buyer declares to supply: the BOM reference it goes to and its MPN. */
public record SuppliedPart(String reference, String mpn) {
    public SuppliedPart {
        reference = Objects.requireNonNull(reference, "reference").strip();
        mpn = Objects.requireNonNull(mpn, "mpn").strip();
    }
}
