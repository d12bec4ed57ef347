package org.openspacemakers.marketplace.catalog.bom;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Reads the rows under one header into BOM lines, recording notes and problems line by line. */
final class TableReader {

    /** No board has more parts than this; a file naming more is refused before it fills the memory. */
    static final int MAX_REFERENCES = 100_000;

    /** A value that says the part is not placed: DNP, or Olimex's {@code NA(10k/R0402)}. */
    private static final Pattern DNP_VALUE = Pattern.compile("(?i)(dnp|dnf|dni|dns|np|na|n/a|do not place"
            + "|do not populate|do not fit|not fitted|not populated|no pop)([ (/_-].*)?");
    /** A cell of a column the importer does not read that says the part is not placed (KiCad legacy "FieldN"). */
    private static final Pattern DNP_MARK = Pattern.compile("(?i)dnp|dnf|dni|dns|do not place|do not populate"
            + "|do not fit|not fitted|not populated");
    private static final Set<String> DNP_YES = Set.of("dnp", "dnf", "dni", "dns", "yes", "y", "x", "true", "1",
            "do not place", "do not populate", "not fitted");
    private static final Set<String> DNP_NO = Set.of("no", "n", "false", "0", "fitted", "place");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?\\d+(\\.0+)?");
    private static final Pattern TYPOGRAPHIC_DASH = Pattern.compile("[\u2010-\u2015\u2212]");

    private final Header header;
    private final Findings findings;
    private final List<BomLine> lines = new ArrayList<>();
    private final Map<String, Integer> firstLineOf = new HashMap<>();
    private int referenceCount;
    private int summaryFrom;
    private int summaryTo;
    private String summaryFirst;

    private TableReader(Header header, Findings findings) {
        this.header = header;
        this.findings = findings;
    }

    /** The lines of the rows under {@code header}; check {@code findings} for problems before using them. */
    static List<BomLine> read(Header header, List<CsvRecord> rows, Findings findings) {
        TableReader reader = new TableReader(header, findings);
        reader.readAll(rows);
        return reader.lines;
    }

    private void readAll(List<CsvRecord> rows) {
        List<CsvRecord> partRows = new ArrayList<>();
        for (CsvRecord row : rows) {
            if (row.isBlank()) {
                continue;
            }
            if (isSummary(row)) {
                summary(row);
                continue;
            }
            endSummary();
            partRows.add(row);
        }
        endSummary();
        long complete = partRows.stream().filter(row -> row.cells().size() >= header.width()).count();
        boolean rowsAreComplete = complete * 2 > partRows.size();
        int lastLine = header.line();
        for (CsvRecord row : partRows) {
            if (findings.isFull() || referenceCount >= MAX_REFERENCES && findings.hasProblems()) {
                findings.stoppedAfter(lastLine);
                break;
            }
            BomLine line = readRow(row, rowsAreComplete);
            if (line != null) {
                lines.add(line);
            }
            lastLine = row.line();
        }
        if (lines.isEmpty() && !findings.hasProblems()) {
            findings.problem(header.line(), "bom.noParts");
        }
    }

    /** A title or summary row: its first cell ends with a colon ("Component Count:", "Collated Components:"). */
    private static boolean isSummary(CsvRecord row) {
        return row.cells().stream().map(CellText::clean).filter(c -> !c.isEmpty()).findFirst()
                .map(c -> c.endsWith(":")).orElse(false);
    }

    private void summary(CsvRecord row) {
        if (summaryFirst == null) {
            summaryFrom = row.line();
            summaryFirst = row.cells().stream().map(CellText::clean).filter(c -> !c.isEmpty()).findFirst().orElse("");
        }
        summaryTo = row.line();
    }

    private void endSummary() {
        if (summaryFirst == null) {
            return;
        }
        if (summaryFrom == summaryTo) {
            findings.note(summaryFrom, "bom.summaryRow", summaryFirst);
        } else {
            findings.note(summaryFrom, "bom.summaryRows", summaryFrom, summaryTo, summaryFirst);
        }
        summaryFirst = null;
    }

    private BomLine readRow(CsvRecord row, boolean rowsAreComplete) {
        int line = row.line();
        int problemsBefore = findings.problemCount();
        if (!cellsLineUp(row, rowsAreComplete)) {
            return null;
        }
        String referencesCell = header.cell(row, Field.REFERENCES);
        String quantityCell = header.cell(row, Field.QUANTITY);
        String value = unescape(header.cell(row, Field.VALUE), line);
        String footprint = unescape(header.cell(row, Field.FOOTPRINT), line);
        String manufacturer = unescape(header.cell(row, Field.MANUFACTURER), line);
        String mpn = plainDashes(unescape(header.cell(row, Field.MPN), line), line);
        String supplierPart = plainDashes(unescape(header.cell(row, Field.SUPPLIER_PART), line), line);
        String supplier = header.cell(row, Field.SUPPLIER);
        if (supplier.isEmpty() && !supplierPart.isEmpty()) {
            supplier = header.impliedSupplier();
        }
        if (referencesCell.isEmpty()) {
            withoutReferences(line, quantityCell, String.join(" ", Stream.of(value, footprint, manufacturer, mpn,
                    supplierPart).filter(text -> !text.isEmpty()).toList()));
            return null;
        }
        List<String> references = ReferenceCell.read(referencesCell, line, MAX_REFERENCES - referenceCount, findings);
        referenceCount += references.size();
        boolean doNotPlace = doNotPlace(row, value);
        checkQuantity(line, quantityCell, references, doNotPlace);
        for (String reference : references) {
            Integer first = firstLineOf.putIfAbsent(reference.toUpperCase(Locale.ROOT), line);
            if (first != null && first != line) {
                findings.problem(line, "bom.referenceTwice", reference, first);
            }
        }
        if (findings.problemCount() > problemsBefore) {
            return null;
        }
        return new BomLine(references, value, footprint, manufacturer, mpn, supplier, supplierPart, doNotPlace, line);
    }

    /**
     * A row with fewer cells than the header is read as if the missing cells were the last ones, empty, as KiCad's
     * legacy export writes them; but when most rows are complete, a short one has lost a cell somewhere, and since
     * there is no telling which, the cells after it cannot be trusted. Cells past the header must be empty.
     */
    private boolean cellsLineUp(CsvRecord row, boolean rowsAreComplete) {
        int cells = row.cells().size();
        if (cells < header.width() && rowsAreComplete) {
            findings.problem(row.line(), "bom.cellMissing", cells, header.width());
            return false;
        }
        for (int i = header.width(); i < cells; i++) {
            String extra = CellText.clean(row.cell(i));
            if (!extra.isEmpty()) {
                findings.problem(row.line(), "bom.cellPastHeader", i + 1, extra, header.width());
                return false;
            }
        }
        return true;
    }

    private void withoutReferences(int line, String quantity, String part) {
        if (!part.isEmpty()) {
            findings.problem(line, "bom.partWithoutReferences", part);
        } else if (!quantity.isEmpty()) {
            findings.note(line, "bom.onlyQuantity", quantity);
        } else {
            findings.note(line, "bom.emptyRow");
        }
    }

    private boolean doNotPlace(CsvRecord row, String value) {
        String marked = header.column(Field.DO_NOT_PLACE).isPresent()
                ? header.cell(row, Field.DO_NOT_PLACE).toLowerCase(Locale.ROOT) : "";
        if (DNP_YES.contains(marked)) {
            return true;
        }
        if (!marked.isEmpty() && !DNP_NO.contains(marked)) {
            findings.problem(row.line(), "bom.dnpColumnValue", header.cell(row, Field.DO_NOT_PLACE));
            return false;
        }
        if (DNP_VALUE.matcher(value).matches()) {
            findings.note(row.line(), "bom.dnpValue", value);
            return true;
        }
        for (int i = 0; i < row.cells().size(); i++) {
            String cell = CellText.clean(row.cell(i));
            if (!header.isRead(i) && DNP_MARK.matcher(cell).matches()) {
                if (header.name(i).isEmpty()) {
                    findings.note(row.line(), "bom.dnpInUnnamedColumn", cell);
                } else {
                    findings.note(row.line(), "bom.dnpInColumn", header.name(i), cell);
                }
                return true;
            }
        }
        return false;
    }

    /**
     * The references decide the quantity: each is a place on the board that takes one part. A smaller quantity is
     * corrected with a note; a larger one would leave parts without a place, so it is refused.
     */
    private void checkQuantity(int line, String cell, List<String> references, boolean doNotPlace) {
        if (cell.isEmpty()) {
            return;
        }
        if (!WHOLE_NUMBER.matcher(cell).matches()) {
            findings.problem(line, "bom.quantityNotWhole", cell);
            return;
        }
        String digits = cell.contains(".") ? cell.substring(0, cell.indexOf('.')) : cell;
        if (digits.startsWith("-") && !digits.matches("-0+")) {
            findings.problem(line, "bom.quantityNegative", cell);
            return;
        }
        if (digits.replace("-", "").length() > 9) {
            findings.problem(line, "bom.quantityHuge", cell);
            return;
        }
        int quantity = Math.abs(Integer.parseInt(digits));
        if (quantity == 0) {
            if (!doNotPlace) {
                findings.problem(line, "bom.quantityZero", cell);
            }
            return;
        }
        int count = references.size();
        if (count == 0 || quantity == count) {
            return;
        }
        if (quantity > count) {
            findings.problem(line, "bom.quantityOverReferences", quantity, count, shortList(references),
                    quantity - count);
        } else {
            findings.note(line, "bom.quantityCorrected", quantity, count, shortList(references));
        }
    }

    /** The first twelve references, and an ellipsis for the others if there are more. */
    private static List<String> shortList(List<String> references) {
        if (references.size() <= 12) {
            return List.copyOf(references);
        }
        List<String> shown = new ArrayList<>(references.subList(0, 12));
        shown.add("…");
        return List.copyOf(shown);
    }

    /** KiCad's grouped-by-value script writes a comma inside a quoted cell as {@code \,}. */
    private String unescape(String text, int line) {
        if (!text.contains("\\,")) {
            return text;
        }
        String plain = text.replace("\\,", ",");
        findings.note(line, "bom.escapedComma", text, plain);
        return plain;
    }

    /** Part numbers are typed with ASCII hyphens; a typographic dash in one is a word processor's doing. */
    private String plainDashes(String partNumber, int line) {
        if (!TYPOGRAPHIC_DASH.matcher(partNumber).find()) {
            return partNumber;
        }
        String plain = TYPOGRAPHIC_DASH.matcher(partNumber).replaceAll("-");
        findings.note(line, "bom.typographicDash", partNumber, plain);
        return plain;
    }
}
