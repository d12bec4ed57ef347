package org.openspacemakers.marketplace.system;

/**
 * A request body that passed its endpoint's limit while it was read ({@link BodyLimitFilter}).
 * Whoever reads the body may wrap it (Jackson does, as a failure of the field it was reading):
 * {@link #in} finds it, so that the answer is 413 and not a malformed body.
 */
final class BodyTooLarge extends RuntimeException {

    private final long limit;

    BodyTooLarge(long limit) {
        super("request body over " + limit + " bytes", null, false, false);
        this.limit = limit;
    }

    long limit() {
        return limit;
    }

    /** The body limit behind a failure, however it was wrapped; null when there is none. */
    static BodyTooLarge in(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BodyTooLarge tooLarge) {
                return tooLarge;
            }
        }
        return null;
    }
}
