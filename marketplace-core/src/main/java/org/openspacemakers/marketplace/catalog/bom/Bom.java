package org.openspacemakers.marketplace.catalog.bom;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A bill of materials: the lines of one board revision, in the order of the file they came from. No reference
 * designator appears twice.
 */
public record Bom(List<BomLine> lines) {

    /** Names the canonical form; change it whenever the form changes, so old and new hashes never collide. */
    private static final String CANONICAL_FORM = "openspacemakers-bom/1";

    public Bom {
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("a BOM has at least one line");
        }
        Map<String, Integer> firstLine = new HashMap<>();
        for (BomLine line : lines) {
            for (String reference : line.references()) {
                Integer earlier = firstLine.putIfAbsent(reference.toUpperCase(Locale.ROOT), line.sourceLine());
                if (earlier != null) {
                    throw new IllegalArgumentException("reference " + reference + " is on line " + earlier
                            + " and again on line " + line.sourceLine());
                }
            }
        }
    }

    public int lineCount() {
        return lines.size();
    }

    /** How many reference designators the BOM names, do-not-place ones included. */
    public int referenceCount() {
        return lines.stream().mapToInt(BomLine::quantity).sum();
    }

    /**
     * Identifies this revision's parts: the lower-case hex SHA-256 of a canonical form with one entry per reference,
     * in natural order ({@code C2} before {@code C10}), each with the part's cleaned fields and its do-not-place flag.
     * The same parts give the same hash whatever the file's encoding, separator, column or row order, and however
     * the references are grouped into lines; any change to a part, a reference or a DNP flag changes it.
     */
    public String hash() {
        StringBuilder canonical = new StringBuilder(CANONICAL_FORM).append('\n');
        partsByReference().forEach((reference, part) -> canonical.append(reference).append('\t').append(part).append('\n'));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** Each reference, in natural order, with what is placed there: the canonical form the hash is taken of. */
    SortedMap<String, String> partsByReference() {
        SortedMap<String, String> parts = new TreeMap<>(NaturalOrder.INSTANCE);
        for (BomLine line : lines) {
            String part = String.join("\t", line.value(), line.footprint(), line.manufacturer(), line.mpn(),
                    line.supplier(), line.supplierPartNumber(), line.doNotPlace() ? "dnp" : "place");
            line.references().forEach(reference -> parts.put(reference, part));
        }
        return parts;
    }
}
