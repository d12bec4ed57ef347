package org.openspacemakers.marketplace.order;

/** The idempotency key was already used by this buyer for a different request. */
public class IdempotencyKeyReused extends RuntimeException {

    public IdempotencyKeyReused() {
        super("this idempotency key was already used for another request");
    }
}
