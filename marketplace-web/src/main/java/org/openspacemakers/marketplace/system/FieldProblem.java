package org.openspacemakers.marketplace.system;

/** One entry of a problem's {@code errors}: the field at fault and what is wrong with it. */
public record FieldProblem(String field, String message) implements java.io.Serializable {

    /** As a page lists it: the field, then what is wrong with it. */
    public String line() {
        return field + ": " + message;
    }
}
