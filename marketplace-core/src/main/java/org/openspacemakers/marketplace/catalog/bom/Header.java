package org.openspacemakers.marketplace.catalog.bom;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The header row of a BOM table: which column holds which {@link Field}. */
final class Header {

    private final CsvRecord record;
    private final List<String> names;
    private final Map<Field, Integer> columns = new EnumMap<>(Field.class);
    private final List<BomNote> alsoNamed = new ArrayList<>();
    private final String impliedSupplier;
    private final int width;

    private Header(CsvRecord record) {
        this.record = record;
        this.names = record.cells().stream().map(CellText::clean).toList();
        String supplier = "";
        int lastNamed = -1;
        for (int i = 0; i < names.size(); i++) {
            if (!names.get(i).isEmpty()) {
                lastNamed = i;
            }
            Optional<Field> field = Field.named(names.get(i));
            if (field.isEmpty()) {
                continue;
            }
            if (columns.putIfAbsent(field.get(), i) == null) {
                if (field.get() == Field.SUPPLIER_PART) {
                    supplier = Field.impliedSupplier(names.get(i));
                }
            } else {
                alsoNamed.add(new BomNote(record.line(), "bom.alsoNamed",
                        List.of(names.get(i), field.get().label(), names.get(columns.get(field.get())))));
            }
        }
        this.impliedSupplier = supplier;
        this.width = lastNamed + 1;
    }

    static Header of(CsvRecord record) {
        return new Header(record);
    }

    /** Whether this row can head a BOM table: it names the references and at least one field saying which part. */
    boolean isTableHeader() {
        return columns.containsKey(Field.REFERENCES) && Field.IDENTIFYING.stream().anyMatch(columns::containsKey);
    }

    boolean namesReferences() {
        return columns.containsKey(Field.REFERENCES);
    }

    int recognisedColumns() {
        return columns.size();
    }

    int line() {
        return record.line();
    }

    /** The columns up to the last one with a name; rows may run past it with empty cells. */
    int width() {
        return width;
    }

    Optional<Integer> column(Field field) {
        return Optional.ofNullable(columns.get(field));
    }

    /** The cell of {@code row} in the column holding {@code field}, cleaned; empty when there is no such column. */
    String cell(CsvRecord row, Field field) {
        Integer index = columns.get(field);
        return index == null ? "" : CellText.clean(row.cell(index));
    }

    boolean isRead(int index) {
        return columns.containsValue(index);
    }

    /** The name of column {@code index} as the file writes it (cleaned), empty for an unnamed one. */
    String name(int index) {
        return index < names.size() ? names.get(index) : "";
    }

    /** The supplier that a column such as "LCSC Part #" implies, or the empty string. */
    String impliedSupplier() {
        return impliedSupplier;
    }

    /** Tells the maker, in notes on the header's line, which columns are read as what, and which are not read. */
    List<BomNote> describe() {
        List<Phrase> read = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            for (Map.Entry<Field, Integer> column : columns.entrySet()) {
                if (column.getValue() == i) {
                    read.add(Phrase.of("bom.header.column", names.get(i), column.getKey().label()));
                }
            }
        }
        List<Phrase> ignored = new ArrayList<>();
        for (int i = 0; i < width; i++) {
            if (!isRead(i) && !names.get(i).isEmpty()) {
                ignored.add(Phrase.of("bom.quoted", names.get(i)));
            }
        }
        List<BomNote> description = new ArrayList<>();
        description.add(ignored.isEmpty() ? new BomNote(line(), "bom.header", List.of(read))
                : ignored.size() <= 6 ? new BomNote(line(), "bom.header.notRead", List.of(read, ignored))
                : new BomNote(line(), "bom.header.othersNotRead", List.of(read, ignored.size())));
        description.addAll(alsoNamed);
        return description;
    }
}
