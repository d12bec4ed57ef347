package org.openspacemakers.marketplace.catalog.bom;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the reference designators of one cell. References are separated by commas, semicolons and/or spaces
 * ({@code C1,C2}, {@code C1 C2}, {@code C1, C2}); {@code C5-C7} and {@code C5-7} are ranges; a bare number takes the
 * letters of the reference before it ({@code C61,81} is C61 and C81), which the maker is told in a note.
 */
final class ReferenceCell {

    /** More than this in one range is a typing error, not a board. */
    static final int MAX_RANGE = 1000;

    private static final Pattern RANGE = Pattern.compile("(\\p{L}+)(\\d+)-(\\p{L}*)(\\d+)");
    private static final Pattern NUMBERS = Pattern.compile("(\\d+)(?:-(\\d+))?");
    private static final Pattern PREFIXED = Pattern.compile("(\\p{L}+)\\d+");
    private static final Pattern SEPARATORS = Pattern.compile("[,;\\s]+");
    private static final Pattern DASH_WITH_SPACES = Pattern.compile("(?<=[\\p{L}\\p{N}])\\s*-\\s*(?=[\\p{L}\\p{N}])");

    private ReferenceCell() {
    }

    /**
     * The references of {@code cell} (already {@link CellText#clean clean}), in the order written, at most
     * {@code limit} of them; on a problem, it is recorded against {@code line} and the result is incomplete.
     */
    static List<String> read(String cell, int line, int limit, Findings findings) {
        String text = DASH_WITH_SPACES.matcher(cell.replace('\u2013', '-').replace('\u2212', '-')).replaceAll("-");
        List<String> references = new ArrayList<>();
        boolean abbreviated = false;
        String letters = null;
        for (String token : SEPARATORS.split(text)) {
            if (token.isEmpty()) {
                continue;
            }
            if (references.size() >= limit) {
                findings.problem(line, "bom.tooManyReferences", TableReader.MAX_REFERENCES);
                return references;
            }
            Matcher numbers = NUMBERS.matcher(token);
            Matcher range = RANGE.matcher(token);
            if (numbers.matches()) {
                if (letters == null) {
                    findings.problem(line, "bom.bareNumber", token, cell);
                    continue;
                }
                abbreviated = true;
                expand(letters, numbers.group(1), numbers.group(2) == null ? numbers.group(1) : numbers.group(2),
                        token, line, findings, references);
            } else if (range.matches()) {
                letters = range.group(1);
                if (!range.group(3).isEmpty() && !range.group(3).equalsIgnoreCase(letters)) {
                    findings.problem(line, "bom.rangeLetters", token);
                    continue;
                }
                expand(letters, range.group(2), range.group(4), token, line, findings, references);
            } else if (BomLine.DESIGNATOR.matcher(token).matches()) {
                references.add(token);
                Matcher prefixed = PREFIXED.matcher(token);
                letters = prefixed.matches() ? prefixed.group(1) : null;
            } else {
                findings.problem(line, "bom.notADesignator", token);
                letters = null;
            }
        }
        if (abbreviated) {
            findings.note(line, "bom.abbreviated", cell, List.copyOf(references));
        }
        Set<String> seen = new HashSet<>();
        for (String reference : references) {
            if (!seen.add(reference.toUpperCase(Locale.ROOT))) {
                findings.problem(line, "bom.referenceTwiceInLine", reference);
            }
        }
        return references;
    }

    private static void expand(String letters, String first, String last, String token, int line, Findings findings,
            List<String> references) {
        if (first.length() > 9 || last.length() > 9) {
            findings.problem(line, "bom.numberTooLarge", token);
            return;
        }
        int from = Integer.parseInt(first);
        int to = Integer.parseInt(last);
        if (to < from) {
            findings.problem(line, "bom.rangeBackwards", token);
            return;
        }
        if (to - from >= MAX_RANGE) {
            findings.problem(line, "bom.rangeTooLong", token, to - from + 1, MAX_RANGE);
            return;
        }
        int width = first.startsWith("0") ? first.length() : 1;
        for (int n = from; n <= to; n++) {
            references.add(letters + String.format("%0" + width + "d", n));
        }
    }
}
