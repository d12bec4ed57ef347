package org.openspacemakers.marketplace.catalog.bom;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a column of a BOM file holds, recognised by its header: case-insensitive, trimmed, line breaks and runs of
 * spaces inside the header cell folded to one space, then compared with the names EDA tools and spreadsheets use.
 */
enum Field {

    REFERENCES("reference", "references", "reference(s)", "ref", "refs", "ref des", "refdes",
            "designator", "designators", "designator(s)", "reference designator", "reference designators",
            "reference designator(s)", "part reference", "part references"),
    QUANTITY("qty", "quantity", "qty.", "quantity per pcb", "qty per pcb", "quantity per board",
            "qty per board"),
    VALUE("value", "val", "comment", "name", "designation"),
    FOOTPRINT("footprint", "package", "pcb footprint", "footprint name"),
    MANUFACTURER("manufacturer", "manufacturer name", "mfg", "mfg1", "mfg name", "mfr", "mfr.",
            "mfr name"),
    MPN("mpn", "mpn1", "manufacturer part", "manufacturer part number",
            "manufacturer part no", "manufacturer part #", "mfr part number", "mfr. part number", "mfr part #",
            "mfr. part #", "mfg part number", "mfg part #", "part number", "pn"),
    SUPPLIER("supplier", "vendor", "distributor"),
    SUPPLIER_PART("supplier part", "supplier part number", "supplier part #", "supplier pn",
            "vendor part", "vendor part number", "vendor part #", "vendor pn", "distributor part number",
            "lcsc", "lcsc part", "lcsc part #", "lcsc part number", "lcsc #", "lcsc pn", "jlcpcb part #"),
    DO_NOT_PLACE("dnp", "dnf", "do not place", "do not populate", "do not fit", "not fitted");

    /** Supplier part number columns named after LCSC, whose numbers are LCSC's even without a supplier column. */
    private static final Set<String> LCSC_NAMES = Set.of("lcsc", "lcsc part", "lcsc part #", "lcsc part number",
            "lcsc #", "lcsc pn", "jlcpcb part #");

    /** Fields that say which part a line is about; a header needs one of them besides the references. */
    static final Set<Field> IDENTIFYING = Set.of(VALUE, FOOTPRINT, MPN, SUPPLIER_PART);

    private static final Map<String, Field> BY_NAME = byName();

    private final String[] names;

    Field(String... names) {
        this.names = names;
    }

    /** What the maker reads in notes ("references", "manufacturer part number"): key {@code bom.field.<NAME>}. */
    Phrase label() {
        return Phrase.of("bom.field." + name());
    }

    /** The field a column with this header holds, if it is one the importer reads. */
    static Optional<Field> named(String header) {
        return Optional.ofNullable(BY_NAME.get(normalise(header)));
    }

    /** The supplier a column with this header implies, or the empty string. */
    static String impliedSupplier(String header) {
        return LCSC_NAMES.contains(normalise(header)) ? "LCSC" : "";
    }

    private static String normalise(String header) {
        return CellText.clean(header).toLowerCase(Locale.ROOT);
    }

    private static Map<String, Field> byName() {
        HashMap<String, Field> names = new HashMap<>();
        for (Field field : values()) {
            for (String name : field.names) {
                Field earlier = names.put(name, field);
                if (earlier != null) {
                    throw new IllegalStateException(name + " names both " + earlier + " and " + field);
                }
            }
        }
        return Map.copyOf(names);
    }
}
