package org.openspacemakers.marketplace.catalog.bom;

/**
 * Why a BOM file was refused.
 *
 * @param line the 1-based physical line of the file the problem is on, or 0 when it concerns the whole file
 * @param reason what is wrong, in words a maker understands
 */
public record BomProblem(int line, String reason) {

    public BomProblem {
        if (line < 0) {
            throw new IllegalArgumentException("a line number is never negative: " + line);
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a problem needs a reason");
        }
    }

    @Override
    public String toString() {
        return line == 0 ? reason : "line " + line + ": " + reason;
    }
}
