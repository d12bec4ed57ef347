package org.openspacemakers.marketplace.catalog.bom;

import java.text.Normalizer;

/**
 * The one normal form of every cell the importer reads and every field a {@link BomLine} holds, so that the same
 * part written by different tools compares, and hashes, the same.
 */
final class CellText {

    private CellText() {
    }

    /**
     * Composes the text (Unicode NFC, so an ohm sign and a capital omega are one letter), drops invisible format
     * characters (U+200E, U+FEFF, ...), folds every run of white space, line breaks included, into one space and
     * trims both ends. {@code null} becomes the empty string.
     */
    static String clean(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        if (isPlainAscii(raw)) {
            return raw;
        }
        String composed = Normalizer.normalize(raw, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(composed.length());
        boolean pendingSpace = false;
        for (int i = 0; i < composed.length(); ) {
            int codePoint = composed.codePointAt(i);
            i += Character.charCount(codePoint);
            if (Character.getType(codePoint) == Character.FORMAT) {
                continue;
            }
            if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
                pendingSpace = true;
                continue;
            }
            if (pendingSpace && out.length() > 0) {
                out.append(' ');
            }
            pendingSpace = false;
            out.appendCodePoint(codePoint);
        }
        return out.toString();
    }

    /** Printable ASCII with single inner spaces is its own clean form; most cells are, and need no more work. */
    private static boolean isPlainAscii(String text) {
        if (text.charAt(0) == ' ' || text.charAt(text.length() - 1) == ' ') {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < ' ' || c > '~' || (c == ' ' && text.charAt(i - 1) == ' ')) {
                return false;
            }
        }
        return true;
    }

    /** Whether the text holds a control character that no cleaning turns into a space. */
    static boolean hasControlCharacter(String text) {
        return text.codePoints().anyMatch(c -> Character.isISOControl(c) && !Character.isWhitespace(c));
    }
}
