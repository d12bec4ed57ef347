package org.openspacemakers.marketplace.system;

import java.util.List;

/** Input that a controller found wrong beyond Bean Validation; answered 400 naming each field. */
public class BadRequest extends RuntimeException {

    private final List<FieldProblem> problems;

    public BadRequest(List<FieldProblem> problems) {
        super("bad request: " + problems);
        this.problems = List.copyOf(problems);
    }

    public BadRequest(String field, String message) {
        this(List.of(new FieldProblem(field, message)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
