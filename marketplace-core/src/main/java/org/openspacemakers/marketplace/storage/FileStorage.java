package org.openspacemakers.marketplace.storage;

import java.util.Optional;

/**
 * Keeps file contents under a key derived from their SHA-256: storing the same bytes twice gives
 * the same key and keeps one copy. A local folder today; an S3-compatible store is the scale-out
 * path.
 *
 * <p>Contract for every implementation: a content is either wholly stored or not at all (a reader
 * never sees half a file); a key is always 64 lower-case hex digits, and any other string given as
 * a key is refused with an {@link IllegalArgumentException}; failures of the underlying store are
 * unchecked ({@link java.io.UncheckedIOException} or the store's own runtime exception).
 *
 * <p>Because identical contents share one key, a key may be referred to by several records:
 * delete it only when the last of them goes.
 */
public interface FileStorage {

    /**
     * Stores the content, unless the same content is already stored.
     *
     * @param content     the bytes, possibly empty
     * @param contentType the media type to report back; it is not kept by the storage
     * @return the key, digest and size of the content, with the given content type
     */
    StoredFile store(byte[] content, String contentType);

    /** Reads the content stored under the key, or empty when there is none. */
    Optional<byte[]> read(String key);

    /** Deletes the content stored under the key; deleting a missing key does nothing. */
    void delete(String key);
}
