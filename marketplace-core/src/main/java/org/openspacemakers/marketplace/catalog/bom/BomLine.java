package org.openspacemakers.marketplace.catalog.bom;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One line of a bill of materials: a part and the places on the board that take it. The quantity is the number of
 * references, so the two never disagree. Text fields are kept in {@link CellText#clean clean form} (trimmed, one
 * space between words, no invisible characters); a field the file does not give is the empty string.
 *
 * @param references the reference designators (R1, C12, U3, ...), at least one, each once, in the order of the file
 * @param value the value or name of the part (10k, 100nF, STM32F072C8T6)
 * @param footprint the footprint or package
 * @param manufacturer the manufacturer's name
 * @param mpn the manufacturer part number
 * @param supplier the supplier (LCSC, Mouser, ...)
 * @param supplierPartNumber the supplier's part number
 * @param doNotPlace whether these places stay empty on the assembled board (DNP)
 * @param sourceLine the 1-based physical line of the file the line was read from
 */
public record BomLine(List<String> references, String value, String footprint, String manufacturer, String mpn,
        String supplier, String supplierPartNumber, boolean doNotPlace, int sourceLine) {

    /** A reference designator: a letter, then letters, digits, {@code _ - . *} (Olimex writes logos as NEO_LOGO*). */
    static final Pattern DESIGNATOR = Pattern.compile("\\p{L}[\\p{L}\\p{N}_.*-]*");

    public BomLine {
        references = List.copyOf(references);
        if (references.isEmpty()) {
            throw new IllegalArgumentException("a BOM line names at least one reference designator");
        }
        Set<String> seen = new HashSet<>();
        for (String reference : references) {
            if (!DESIGNATOR.matcher(reference).matches()) {
                throw new IllegalArgumentException("not a reference designator: \"" + reference + "\"");
            }
            if (!seen.add(reference.toUpperCase(Locale.ROOT))) {
                throw new IllegalArgumentException("reference " + reference + " appears twice on one line");
            }
        }
        value = field("value", value);
        footprint = field("footprint", footprint);
        manufacturer = field("manufacturer", manufacturer);
        mpn = field("mpn", mpn);
        supplier = field("supplier", supplier);
        supplierPartNumber = field("supplierPartNumber", supplierPartNumber);
        if (sourceLine < 1) {
            throw new IllegalArgumentException("a source line is 1 or more: " + sourceLine);
        }
    }

    /** How many of this part the board takes: one per reference. */
    public int quantity() {
        return references.size();
    }

    private static String field(String name, String text) {
        if (text != null && CellText.hasControlCharacter(text)) {
            throw new IllegalArgumentException(name + " holds a control character");
        }
        return CellText.clean(text);
    }
}
