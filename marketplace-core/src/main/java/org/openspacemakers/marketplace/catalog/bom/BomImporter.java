package org.openspacemakers.marketplace.catalog.bom;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;

/**
 * Reads a BOM from a CSV file as EDA tools (KiCad, EasyEDA, KiBoM, JLCPCB) and spreadsheets export it. A file is
 * either read whole, with notes on every interpretation, or refused with the line and reason of each problem. Notes
 * and problems are message keys ({@code bom.*}) with the values they name, said in the reader's language where they
 * are shown.
 *
 * <p>The rules for the judgement calls:
 * <ul>
 * <li>Text: UTF-8 with or without its mark, or UTF-16 with its byte-order mark; at most {@link #MAX_BYTES} bytes,
 * checked before anything else. NUL bytes, invalid byte sequences and control characters are refused.
 * <li>Separator: comma, semicolon or tab, whichever makes a header row with the most recognised columns.
 * <li>Header: the first row, among the first 200, naming a column of references (Reference, Designator, Ref, ...) and
 * one saying which part (value, footprint, MPN or supplier part number). Rows above it are a preamble, not read.
 * <li>Cells: trimmed, runs of white space and line breaks folded to one space, invisible characters (U+200E, ...)
 * dropped, Unicode composed (NFC). A comma escaped as {@code \,} and a typographic dash in a part number are read
 * as {@code ,} and {@code -}, noted.
 * <li>Rows: blank rows and rows whose first cell ends with a colon (a title or summary such as "Component Count:")
 * are not read. A row without references but with a part is refused, since a part without a place cannot be
 * assembled. Short rows are read as if their last cells were empty, unless most rows are complete (then a cell was
 * lost somewhere and the row is refused); cells past the header must be empty.
 * <li>References: separated by commas, semicolons or spaces; {@code C5-C7} and {@code C5-7} are ranges; a bare
 * number takes the letters before it ({@code C61,81}, noted). A reference appears once in the whole table.
 * <li>Quantity: the references decide it. A smaller Qty is corrected with a note; a larger one, zero (unless the line
 * is do-not-place), a negative or a non-numeric one is refused.
 * <li>Do not place: a DNP column, a value such as {@code DNP} or {@code NA(10k)} (noted), or a cell of an unread column
 * that says DNP (noted).
 * <li>Second tables: a later header row starts another table. Tables must list the same parts (compared reference by
 * reference); the one with the fewest lines is kept, noted. Otherwise the file is refused.
 * </ul>
 */
public final class BomImporter {

    /** The largest file accepted: 2 MiB, far more than the BOM of any board sold here. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;

    private static final char[] SEPARATORS = {',', ';', '\t'};

    /** The header is looked for in this many first rows; preambles are a handful of lines. */
    private static final int HEADER_SEARCH_ROWS = 200;

    private BomImporter() {
    }

    /** Reads {@code content}, the bytes of an uploaded file; nothing is stored, whatever the outcome. */
    public static BomImport read(byte[] content) {
        Objects.requireNonNull(content, "content");
        Findings findings = new Findings();
        if (content.length > MAX_BYTES) {
            findings.problem(0, "bom.tooLarge", content.length / (1024.0 * 1024.0), MAX_BYTES / (1024 * 1024));
            return refused(findings);
        }
        Optional<String> text = SourceText.decode(content, findings);
        if (text.isEmpty()) {
            return refused(findings);
        }
        if (text.get().isBlank()) {
            findings.problem(0, "bom.empty");
            return refused(findings);
        }
        Optional<Layout> layout = layout(text.get(), findings);
        if (layout.isEmpty()) {
            return refused(findings);
        }
        return read(layout.get(), findings);
    }

    /** The records of the file read with the separator of its header, and where that header is. */
    private record Layout(List<CsvRecord> records, int headerIndex) {

        Header header() {
            return Header.of(records.get(headerIndex));
        }
    }

    private static Optional<Layout> layout(String text, Findings findings) {
        Character bestSeparator = null;
        int bestColumns = 0;
        CsvRecord referencesOnly = null;
        int unclosedQuote = 0;
        for (char separator : SEPARATORS) {
            CsvReader.Result result = CsvReader.read(text, separator, HEADER_SEARCH_ROWS);
            for (CsvRecord record : result.records()) {
                Header header = Header.of(record);
                if (header.isTableHeader()) {
                    if (header.recognisedColumns() > bestColumns) {
                        bestSeparator = separator;
                        bestColumns = header.recognisedColumns();
                    }
                    break;
                }
                if (header.namesReferences() && referencesOnly == null) {
                    referencesOnly = record;
                }
            }
            if (unclosedQuote == 0) {
                unclosedQuote = result.unclosedQuoteLine();
            }
        }
        if (bestSeparator != null) {
            CsvReader.Result result = CsvReader.read(text, bestSeparator);
            if (result.unclosedQuoteLine() > 0) {
                findings.problem(result.unclosedQuoteLine(), "bom.unclosedQuote");
                return Optional.empty();
            }
            List<CsvRecord> records = result.records();
            for (int i = 0; i < records.size(); i++) {
                if (Header.of(records.get(i)).isTableHeader()) {
                    return Optional.of(new Layout(records, i));
                }
            }
            throw new IllegalStateException("the header found in the first rows is gone");
        }
        if (referencesOnly != null) {
            findings.problem(referencesOnly.line(), "bom.noPartColumn");
        } else {
            int firstLine = CsvReader.read(text, ',', HEADER_SEARCH_ROWS).records().stream()
                    .filter(r -> !r.isBlank()).findFirst().map(CsvRecord::line).orElse(0);
            findings.problem(firstLine, "bom.noReferenceColumn");
        }
        if (unclosedQuote > 0) {
            findings.problem(unclosedQuote, "bom.unclosedQuote");
        }
        return Optional.empty();
    }

    private static BomImport read(Layout layout, Findings findings) {
        List<CsvRecord> records = layout.records();
        notePreamble(records.subList(0, layout.headerIndex()), layout.header(), findings);
        List<Header> headers = new ArrayList<>();
        List<List<CsvRecord>> tables = new ArrayList<>();
        for (CsvRecord record : records.subList(layout.headerIndex(), records.size())) {
            Header header = Header.of(record);
            if (header.isTableHeader()) {
                headers.add(header);
                tables.add(new ArrayList<>());
            } else {
                tables.get(tables.size() - 1).add(record);
            }
        }
        List<List<BomLine>> tableLines = new ArrayList<>();
        List<Findings> tableFindings = new ArrayList<>();
        for (int t = 0; t < tables.size(); t++) {
            Findings ofTable = new Findings();
            tableLines.add(TableReader.read(headers.get(t), tables.get(t), ofTable));
            tableFindings.add(ofTable);
            findings.addProblemsOf(ofTable);
        }
        if (findings.hasProblems()) {
            return refused(findings);
        }
        int kept = 0;
        for (int t = 1; t < tables.size(); t++) {
            Optional<Phrase> difference = difference(tableLines.get(0), tableLines.get(t));
            if (difference.isPresent()) {
                findings.problem(headers.get(t).line(), "bom.tablesDiffer", headers.get(0).line(), difference.get());
            } else if (tableLines.get(t).size() < tableLines.get(kept).size()) {
                kept = t;
            }
        }
        if (findings.hasProblems()) {
            return refused(findings);
        }
        for (int t = 0; t < tables.size(); t++) {
            if (t != kept) {
                findings.note(headers.get(t).line(), "bom.sameTables", headers.get(kept).line(),
                        tableLines.get(t).size());
            }
        }
        headers.get(kept).describe().forEach(findings::note);
        findings.addAll(tableFindings.get(kept));
        return new BomImport.Imported(new Bom(tableLines.get(kept)), findings.notes());
    }

    private static void notePreamble(List<CsvRecord> preamble, Header header, Findings findings) {
        List<CsvRecord> written = preamble.stream().filter(r -> !r.isBlank()).toList();
        if (written.isEmpty()) {
            return;
        }
        int from = written.get(0).line();
        int to = written.get(written.size() - 1).line();
        if (from == to) {
            findings.note(from, "bom.preambleLine", header.line());
        } else {
            findings.note(from, "bom.preambleLines", from, to, header.line());
        }
    }

    /** How two tables of one file differ, reference by reference, if they do. */
    private static Optional<Phrase> difference(List<BomLine> first, List<BomLine> other) {
        SortedMap<String, String> a = new Bom(first).partsByReference();
        SortedMap<String, String> b = new Bom(other).partsByReference();
        for (String reference : a.keySet()) {
            if (!b.containsKey(reference)) {
                return Optional.of(Phrase.of("bom.tablesDiffer.onlyInFirst", reference));
            }
            if (!a.get(reference).equals(b.get(reference))) {
                return Optional.of(Phrase.of("bom.tablesDiffer.differs", reference));
            }
        }
        return b.keySet().stream().filter(r -> !a.containsKey(r)).findFirst()
                .map(r -> Phrase.of("bom.tablesDiffer.onlyInSecond", r));
    }

    private static BomImport refused(Findings findings) {
        return new BomImport.Refused(findings.problems());
    }
}
