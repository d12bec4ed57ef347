package org.openspacemakers.marketplace.system;

import java.nio.charset.StandardCharsets;
import org.openspacemakers.marketplace.compliance.EvidenceContent;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** How an evidence file leaves the store: always as a download, never sniffed, never cached. */
public final class EvidenceDownloads {

    /** An evidence file's key, as it appears in a download's address. */
    public static final String SHA_256 = "[0-9a-f]{64}";

    private EvidenceDownloads() {
    }

    public static ResponseEntity<byte[]> attachment(EvidenceContent evidence) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(evidence.file().contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(evidence.file().fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noStore())
                .body(evidence.content());
    }
}
