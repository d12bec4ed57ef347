package org.openspacemakers.marketplace.refusal;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Input the store cannot take: each problem names its field and says what is wrong with a message
 * key and its arguments. Nothing was stored. Every module's rejected input is one of these.
 */
public class InvalidInput extends RuntimeException {

    /**
     * One field at fault: its name as the client sent it ({@code rohs.parts[3].mpn}), a message key
     * ({@code invalid.tooLong}) and the key's arguments.
     */
    public record Problem(String field, String key, List<Object> arguments) {

        public Problem {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(key, "key");
            arguments = arguments == null ? List.of() : List.copyOf(arguments);
        }

        public static Problem of(String field, String key, Object... arguments) {
            return new Problem(field, key, Arrays.asList(arguments));
        }
    }

    private final List<Problem> problems;

    public InvalidInput(List<Problem> problems) {
        // The fields and keys only: what the client sent never goes into a log line.
        super("invalid input: " + problems.stream().map(p -> p.field() + " (" + p.key() + ")").toList());
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("invalid input names at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public InvalidInput(String field, String key, Object... arguments) {
        this(List.of(Problem.of(field, key, arguments)));
    }

    public List<Problem> problems() {
        return problems;
    }

    /** The first problem's field: where a form puts the message. */
    public String field() {
        return problems.get(0).field();
    }
}
