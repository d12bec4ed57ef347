package org.openspacemakers.marketplace.system;

import java.nio.file.Path;
import org.openspacemakers.marketplace.storage.FileStorage;
import org.openspacemakers.marketplace.storage.LocalFileStorage;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Stored files (photos, later evidence) live in {@code $MARKETPLACE_DATA_DIR/files}. */
@Configuration(proxyBeanMethods = false)
class Storage {

    @Bean
    FileStorage fileStorage(@Value("${marketplace.data-dir}") Path dataDir) {
        return new LocalFileStorage(dataDir.resolve("files"));
    }

    /** Compliance keeps its evidence files in the same content-addressed storage. */
    @Bean
    org.openspacemakers.marketplace.compliance.EvidenceStore evidenceStore(FileStorage files) {
        return new org.openspacemakers.marketplace.compliance.EvidenceStore() {
            @Override
            public String put(byte[] content, String contentType) {
                return files.store(content, contentType).key();
            }

            @Override
            public java.util.Optional<byte[]> get(String sha256) {
                return files.read(sha256);
            }
        };
    }
}
