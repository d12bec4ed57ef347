package org.openspacemakers.marketplace.compliance;

import java.util.List;
import java.util.Objects;

/**
 * The revision a dossier covers, as the catalogue hands it in on submission: board, hardware
 * revision label, BOM hash, firmware version and the BOM's lines. The dossier freezes it.
 */
public record RevisionSubject(RevisionRef revision, String board, String label, String bomHash, String firmwareVersion,
        List<BomLine> bom) {

    public RevisionSubject {
        Objects.requireNonNull(revision, "revision");
        board = Objects.requireNonNullElse(board, "");
        label = Objects.requireNonNullElse(label, "");
        bomHash = Objects.requireNonNullElse(bomHash, "");
        firmwareVersion = Objects.requireNonNullElse(firmwareVersion, "");
        bom = bom == null ? List.of() : List.copyOf(bom);
    }

    /** The lines that are placed on the board (a do-not-place line needs no part and no evidence). */
    public List<BomLine> placed() {
        return bom.stream().filter(line -> !line.doNotPlace()).toList();
    }

    /**
     * One BOM line: its references (space-separated, as in the BOM), manufacturer, MPN, the MPNs
     * accepted instead, and whether it is not placed.
     */
    public record BomLine(String references, String manufacturer, String mpn, List<String> alternates,
            boolean doNotPlace) {
        public BomLine {
            references = Objects.requireNonNullElse(references, "").strip();
            manufacturer = Objects.requireNonNullElse(manufacturer, "").strip();
            mpn = Objects.requireNonNullElse(mpn, "").strip();
            alternates = alternates == null ? List.of() : List.copyOf(alternates);
        }

        /** Whether an MPN is this line's own (when it has one) or one of its accepted alternates. */
        public boolean accepts(String mpn) {
            return (!this.mpn.isEmpty() && samePart(this.mpn, mpn)) || alternates.stream().anyMatch(a -> samePart(a, mpn));
        }

        /** Whether two MPNs name the same part: compared without case and surrounding spaces, as buyers type them. */
        public static boolean samePart(String one, String other) {
            return one != null && other != null && one.strip().equalsIgnoreCase(other.strip());
        }

        /** This line's references in the one form evidence is matched by: see {@link #key(String)}. */
        public String key() {
            return key(references);
        }

        /**
         * References as typed ({@code "C4, C5"}, {@code "C4 C5"}) in the one form lines and their
         * evidence are matched by: separated by single spaces.
         */
        public static String key(String references) {
            return String.join(" ", Objects.requireNonNullElse(references, "").strip().split("[\\s,]+"));
        }
    }
}
