package org.openspacemakers.marketplace.catalog.photo;

import java.util.Arrays;
import java.util.Objects;

/**
 * A photo that {@link PhotoIntake} accepted.
 *
 * @param contentType {@code image/jpeg} or {@code image/png}, as found in the content itself
 * @param width       the original's width in pixels
 * @param height      the original's height in pixels
 * @param thumbnail   the original scaled to fit the thumbnail box, as a JPEG without metadata
 * @param large       the original scaled to fit {@link PhotoIntake#LARGE_BOX}, as a JPEG without metadata
 */
public record AcceptedPhoto(String contentType, int width, int height, Thumbnail thumbnail, Thumbnail large) {

    public AcceptedPhoto {
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(thumbnail, "thumbnail");
        Objects.requireNonNull(large, "large");
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("not an image size: " + width + "×" + height);
        }
    }

    /**
     * A JPEG rendition of the photo and its size (for the {@code width} and {@code height} of an
     * {@code img} element). The bytes are copied in and out: a thumbnail cannot be changed.
     */
    public record Thumbnail(byte[] jpeg, int width, int height) {

        public static final String CONTENT_TYPE = "image/jpeg";

        public Thumbnail {
            jpeg = Objects.requireNonNull(jpeg, "jpeg").clone();
            if (width < 1 || height < 1) {
                throw new IllegalArgumentException("not an image size: " + width + "×" + height);
            }
        }

        @Override
        public byte[] jpeg() {
            return jpeg.clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Thumbnail that
                    && width == that.width && height == that.height && Arrays.equals(jpeg, that.jpeg);
        }

        @Override
        public int hashCode() {
            return 31 * Objects.hash(width, height) + Arrays.hashCode(jpeg);
        }

        @Override
        public String toString() {
            return "Thumbnail[" + width + "×" + height + ", " + jpeg.length + " bytes]";
        }
    }
}
