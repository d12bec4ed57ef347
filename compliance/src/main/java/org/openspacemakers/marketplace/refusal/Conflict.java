package org.openspacemakers.marketplace.refusal;

import java.util.Arrays;
import java.util.List;

/**
 * The request does not fit the current state of what it names (a decision the review's status does
 * not allow, a change to a frozen revision, an idempotency key used for another request): a code of
 * the public contract ({@code INVALID_STATE}) and a message key with its arguments.
 */
public class Conflict extends RuntimeException {

    /** The contract's code for a transition the current state does not allow. */
    public static final String INVALID_STATE = "INVALID_STATE";

    private final String code;
    private final String key;
    private final List<Object> arguments;

    public Conflict(String code, String key, Object... arguments) {
        super(code + " (" + key + ")");
        this.code = code;
        this.key = key;
        this.arguments = Arrays.asList(arguments);
    }

    public String code() {
        return code;
    }

    public String key() {
        return key;
    }

    public List<Object> arguments() {
        return arguments;
    }
}
