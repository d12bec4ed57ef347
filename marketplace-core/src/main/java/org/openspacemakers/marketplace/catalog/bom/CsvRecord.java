package org.openspacemakers.marketplace.catalog.bom;

import java.util.List;

/**
 * One record of a CSV file, its cells as written (quotes removed, nothing else changed).
 *
 * @param line the 1-based physical line the record starts on; a record with a quoted line break spans several
 */
record CsvRecord(int line, List<String> cells) {

    CsvRecord {
        cells = List.copyOf(cells);
    }

    /** The cell at {@code index}, or the empty string where the record is shorter. */
    String cell(int index) {
        return index < cells.size() ? cells.get(index) : "";
    }

    /** Whether no cell holds anything but white space or invisible characters. */
    boolean isBlank() {
        return cells.stream().allMatch(c -> CellText.clean(c).isEmpty());
    }
}
