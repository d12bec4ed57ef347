package org.openspacemakers.marketplace.order;

import java.time.Duration;

/**
 * The order could not be placed in time: too many placements were already under way, or the
 * team's capacity stayed locked longer than a placement waits. Nothing was stored; the same
 * request, under the same idempotency key, may be sent again after {@link #retryAfter()}.
 */
public class PlacementBusy extends RuntimeException {

    private final Duration retryAfter;

    public PlacementBusy(Duration retryAfter) {
        this(retryAfter, null);
    }

    PlacementBusy(Duration retryAfter, Throwable cause) {
        super("order placement gave up waiting after " + retryAfter, cause);
        this.retryAfter = retryAfter;
    }

    /** How long to wait before sending the request again. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
