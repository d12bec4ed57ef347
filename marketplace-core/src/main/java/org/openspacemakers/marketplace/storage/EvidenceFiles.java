package org.openspacemakers.marketplace.storage;

import java.util.Optional;
import org.openspacemakers.marketplace.compliance.EvidenceStore;
import org.springframework.stereotype.Component;

/** Compliance keeps its evidence files in the store's content-addressed file storage. */
@Component
class EvidenceFiles implements EvidenceStore {

    private final FileStorage files;

    EvidenceFiles(FileStorage files) {
        this.files = files;
    }

    @Override
    public String put(byte[] content, String contentType) {
        return files.store(content, contentType).key();
    }

    @Override
    public Optional<byte[]> get(String sha256) {
        return files.read(sha256);
    }
}
