package org.openspacemakers.marketplace.system;

import java.nio.file.Path;
import org.openspacemakers.marketplace.storage.FileStorage;
import org.openspacemakers.marketplace.storage.LocalFileStorage;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Stored files (photos, evidence) live in {@code $MARKETPLACE_DATA_DIR/files}. */
@Configuration(proxyBeanMethods = false)
class Storage {

    @Bean
    FileStorage fileStorage(@Value("${marketplace.data-dir}") Path dataDir) {
        return new LocalFileStorage(dataDir.resolve("files"));
    }
}
