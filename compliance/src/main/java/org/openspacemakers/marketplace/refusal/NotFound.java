package org.openspacemakers.marketplace.refusal;

/**
 * Nothing here, or nothing this person may see: both are answered the same way, so nothing leaks
 * about what others own.
 */
public class NotFound extends RuntimeException {

    public NotFound() {
        super("not found");
    }

    protected NotFound(String message) {
        super(message);
    }
}
