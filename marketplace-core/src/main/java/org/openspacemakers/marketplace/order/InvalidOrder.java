package org.openspacemakers.marketplace.order;

import java.util.List;

/** The request names things that do not exist (an unknown offer); each problem names its field. */
public class InvalidOrder extends RuntimeException {

    /** One field and what is wrong with it. */
    public record Problem(String field, String message) {
    }

    private final List<Problem> problems;

    public InvalidOrder(List<Problem> problems) {
        super("invalid order: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
