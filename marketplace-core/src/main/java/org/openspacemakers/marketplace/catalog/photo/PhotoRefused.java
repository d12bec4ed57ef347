package org.openspacemakers.marketplace.catalog.photo;

import java.util.Objects;
import org.openspacemakers.marketplace.refusal.InvalidInput;

/** An uploaded photo was not accepted (field {@code file}): {@link #reason()} says why, the message key in words. */
public class PhotoRefused extends InvalidInput {

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

    PhotoRefused(Reason reason, String key, Object... arguments) {
        super("file", key, arguments);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public Reason reason() {
        return reason;
    }
}
