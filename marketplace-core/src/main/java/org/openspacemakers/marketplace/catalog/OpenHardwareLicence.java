package org.openspacemakers.marketplace.catalog;

import java.util.Locale;
import java.util.Set;

/**
 * A board's licence as an SPDX identifier, from the licences the association can sell under:
 * open-hardware and permissive or copyleft open licences. Non-commercial and no-derivatives
 * licences are refused, since selling the board would break them.
 */
public record OpenHardwareLicence(String spdxId) {

    /** The SPDX identifiers accepted. */
    public static final Set<String> ACCEPTED = Set.of("CERN-OHL-S-2.0", "CERN-OHL-W-2.0", "CERN-OHL-P-2.0",
            "CERN-OHL-1.2", "CERN-OHL-1.1", "TAPR-OHL-1.0", "Solderpad-0.51", "CC-BY-SA-4.0", "CC-BY-4.0", "CC-BY-SA-3.0",
            "CC-BY-3.0", "CC0-1.0", "MIT", "Apache-2.0", "0BSD", "BSD-2-Clause", "BSD-3-Clause", "ISC",
            "GPL-2.0-only", "GPL-2.0-or-later", "GPL-3.0-only", "GPL-3.0-or-later", "LGPL-2.1-or-later",
            "LGPL-3.0-or-later", "MPL-2.0");

    public OpenHardwareLicence {
        if (spdxId == null || spdxId.isBlank()) {
            throw new ListingRejected("licence", "invalid.licence.required");
        }
        String upper = spdxId.toUpperCase(Locale.ROOT);
        if (upper.contains("-NC") || upper.contains("NONCOMMERCIAL")) {
            throw new ListingRejected("licence", "invalid.licence.nonCommercial", spdxId);
        }
        if (upper.contains("-ND")) {
            throw new ListingRejected("licence", "invalid.licence.noDerivatives", spdxId);
        }
        if (!ACCEPTED.contains(spdxId)) {
            throw new ListingRejected("licence", "invalid.licence.unknown", spdxId);
        }
    }
}
