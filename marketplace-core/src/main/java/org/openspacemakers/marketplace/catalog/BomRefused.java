package org.openspacemakers.marketplace.catalog;

import java.util.List;

/** A BOM file that cannot be taken as it is: every problem with its line in the file. Nothing was stored. */
public class BomRefused extends RuntimeException {

    /** One problem: the 1-based line of the file (0 for the whole file) and why. */
    public record Problem(int line, String reason) {
    }

    private final List<Problem> problems;

    public BomRefused(List<Problem> problems) {
        super("BOM refused: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
