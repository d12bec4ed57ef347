package org.openspacemakers.marketplace.compliance;

import java.util.Optional;

/**
 * Where evidence files are kept, by their SHA-256; the application provides it (a local folder
 * today, an object store when scaling out). Storing the same content twice keeps one copy.
 */
public interface EvidenceStore {

    /** Stores the content; returns its SHA-256 in lower-case hex. */
    String put(byte[] content, String contentType);

    Optional<byte[]> get(String sha256);
}
