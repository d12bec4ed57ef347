package org.openspacemakers.marketplace.storage;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a {@link FileStorage} hands back for stored content, and what the caller keeps (in its
 * own table) to find, describe and verify the file later. The storage keeps the bytes only.
 *
 * @param key         where the content lives: 64 lower-case hex digits, derived from the content
 * @param sha256      the SHA-256 of the content, 64 lower-case hex digits
 * @param size        the content's length in bytes
 * @param contentType the media type the caller declared, e.g. {@code image/jpeg}
 */
public record StoredFile(String key, String sha256, long size, String contentType) {

    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    public StoredFile {
        requireKey(key);
        if (sha256 == null || !SHA256_HEX.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a SHA-256 in lower-case hex: " + sha256);
        }
        if (size < 0) {
            throw new IllegalArgumentException("negative size: " + size);
        }
        Objects.requireNonNull(contentType, "contentType");
        if (contentType.isBlank()) {
            throw new IllegalArgumentException("blank content type");
        }
    }

    /**
     * Checks that a key has the only shape a storage ever hands out. A key is a file name in some
     * implementations, so this is what keeps {@code ../} and friends out.
     *
     * @throws IllegalArgumentException if the key is not 64 lower-case hex digits
     */
    static String requireKey(String key) {
        if (key == null || !SHA256_HEX.matcher(key).matches()) {
            throw new IllegalArgumentException("not a storage key (64 lower-case hex digits)");
        }
        return key;
    }
}
