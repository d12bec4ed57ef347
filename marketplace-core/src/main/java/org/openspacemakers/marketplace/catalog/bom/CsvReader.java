package org.openspacemakers.marketplace.catalog.bom;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into CSV records, RFC 4180 style: a cell that starts with a double quote (spaces before it allowed)
 * runs to the next lone double quote and may hold separators, line breaks and doubled quotes ({@code ""}). Lenient
 * where no meaning is lost: a quote inside an unquoted cell is kept as text, text after a closing quote is kept,
 * rows may have any number of cells. CR LF, LF and a lone CR each end a line.
 */
final class CsvReader {

    /** The records, and the line of a quoted cell that never closes (0 when every quote closes). */
    record Result(List<CsvRecord> records, int unclosedQuoteLine) {
    }

    private final String text;
    private final char separator;
    private int position;
    private int line = 1;

    private CsvReader(String text, char separator) {
        this.text = text;
        this.separator = separator;
    }

    /** Reads every record of {@code text}; records whose cells are all empty are left out. */
    static Result read(String text, char separator) {
        return new CsvReader(text, separator).readAll(Integer.MAX_VALUE);
    }

    /** Reads the first {@code limit} records of {@code text}, blank ones counted, as {@link #read(String, char)} does. */
    static Result read(String text, char separator, int limit) {
        return new CsvReader(text, separator).readAll(limit);
    }

    private Result readAll(int limit) {
        List<CsvRecord> records = new ArrayList<>();
        for (int scanned = 0; position < text.length() && scanned < limit; scanned++) {
            int recordLine = line;
            List<String> cells = new ArrayList<>();
            boolean more = true;
            while (more) {
                StringBuilder cell = new StringBuilder();
                int quoteLine = line;
                if (startsQuoted()) {
                    if (!readQuoted(cell)) {
                        cells.add(cell.toString());
                        records.add(new CsvRecord(recordLine, cells));
                        return new Result(records, quoteLine);
                    }
                }
                readUnquoted(cell);
                cells.add(cell.toString());
                more = position < text.length() && text.charAt(position) == separator;
                if (more) {
                    position++;
                } else {
                    skipLineBreak();
                }
            }
            if (cells.stream().anyMatch(cell -> !cell.isEmpty())) {
                records.add(new CsvRecord(recordLine, cells));
            }
        }
        return new Result(records, 0);
    }

    /** Moves past the spaces before an opening quote, if the cell starts with one. */
    private boolean startsQuoted() {
        int i = position;
        while (i < text.length() && text.charAt(i) == ' ' && separator != ' ') {
            i++;
        }
        if (i < text.length() && text.charAt(i) == '"') {
            position = i + 1;
            return true;
        }
        return false;
    }

    /** Reads up to the closing quote; false when the text ends first. */
    private boolean readQuoted(StringBuilder cell) {
        while (position < text.length()) {
            char c = text.charAt(position);
            if (c == '"') {
                if (position + 1 < text.length() && text.charAt(position + 1) == '"') {
                    cell.append('"');
                    position += 2;
                    continue;
                }
                position++;
                return true;
            }
            if (c == '\n' || (c == '\r' && !(position + 1 < text.length() && text.charAt(position + 1) == '\n'))) {
                line++;
            }
            cell.append(c);
            position++;
        }
        return false;
    }

    private void readUnquoted(StringBuilder cell) {
        while (position < text.length()) {
            char c = text.charAt(position);
            if (c == separator || c == '\n' || c == '\r') {
                return;
            }
            cell.append(c);
            position++;
        }
    }

    private void skipLineBreak() {
        if (position >= text.length()) {
            return;
        }
        if (text.charAt(position) == '\r' && position + 1 < text.length() && text.charAt(position + 1) == '\n') {
            position += 2;
        } else {
            position++;
        }
        line++;
    }
}
