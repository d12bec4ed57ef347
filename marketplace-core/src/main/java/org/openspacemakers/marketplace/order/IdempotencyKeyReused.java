package org.openspacemakers.marketplace.order;

import org.openspacemakers.marketplace.refusal.Conflict;

/** The idempotency key was already used by this buyer for a different request. */
public class IdempotencyKeyReused extends Conflict {

    public IdempotencyKeyReused() {
        super("IDEMPOTENCY_KEY_REUSED", "conflict.idempotencyKey");
    }
}
