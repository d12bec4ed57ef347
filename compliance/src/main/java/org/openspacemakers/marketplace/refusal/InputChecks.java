package org.openspacemakers.marketplace.refusal;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects what is wrong with the fields of one input, so that it is refused once, naming every
 * field at fault. The message keys are the shared ones of {@code messages.properties}
 * ({@code invalid.*}).
 */
public final class InputChecks {

    private final List<InvalidInput.Problem> problems = new ArrayList<>();

    /** Text of 1 to {@code max} characters; returns it stripped (null when it is wrong). */
    public String text(String field, String value, int max) {
        if (value == null || value.isBlank() || value.strip().length() > max) {
            problems.add(InvalidInput.Problem.of(field, "invalid.text", max));
            return null;
        }
        return value.strip();
    }

    /** Optional text of at most {@code max} characters; returns it stripped, or null when blank (or wrong). */
    public String optionalText(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.strip().length() > max) {
            problems.add(InvalidInput.Problem.of(field, "invalid.tooLong", max));
            return null;
        }
        return value.strip();
    }

    /** A value that must be given. */
    public <T> T required(String field, T value) {
        if (value == null) {
            problems.add(InvalidInput.Problem.of(field, "invalid.required"));
        }
        return value;
    }

    /** Records a problem unless {@code holds}; returns {@code holds}. */
    public boolean check(boolean holds, String field, String key, Object... arguments) {
        if (!holds) {
            problems.add(InvalidInput.Problem.of(field, key, arguments));
        }
        return holds;
    }

    /** Refuses the input with every problem found, if any. */
    public void done() {
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }
}
