package org.openspacemakers.marketplace.catalog.bom;

/**
 * Something the importer interpreted and the maker should know about, such as a quantity corrected from the
 * references or a row skipped.
 *
 * @param line the 1-based physical line of the file the note is about, or 0 when it concerns the whole file
 * @param message what was interpreted and how
 */
public record BomNote(int line, String message) {

    public BomNote {
        if (line < 0) {
            throw new IllegalArgumentException("a line number is never negative: " + line);
        }
        if (message == null || message.isBlank()) {
            throw new IllegalArgumentException("a note needs a message");
        }
    }

    @Override
    public String toString() {
        return line == 0 ? message : "line " + line + ": " + message;
    }
}
