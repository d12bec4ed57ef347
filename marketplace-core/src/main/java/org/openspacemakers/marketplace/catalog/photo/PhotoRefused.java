package org.openspacemakers.marketplace.catalog.photo;

import java.util.Objects;

/**
 * An uploaded photo was not accepted. The message is a short English sentence fit to show the
 * person who uploaded it; {@link #reason()} lets a page say the same in the visitor's language.
 */
public class PhotoRefused extends RuntimeException {

    /** Why a photo is refused. */
    public enum Reason {
        /** The content is neither a JPEG nor a PNG, whatever its name or declared type. */
        NOT_JPEG_OR_PNG,
        /** The file is larger than {@link PhotoIntake#MAX_BYTES}. */
        TOO_LARGE,
        /** The image is wider or taller than {@link PhotoIntake#MAX_SIDE}, or has more than {@link PhotoIntake#MAX_PIXELS} pixels. */
        TOO_MANY_PIXELS,
        /** The content starts like a JPEG or PNG but is damaged or incomplete. */
        UNREADABLE
    }

    private final Reason reason;

    PhotoRefused(Reason reason, String message) {
        this(reason, message, null);
    }

    PhotoRefused(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public Reason reason() {
        return reason;
    }
}
