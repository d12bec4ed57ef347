package org.openspacemakers.marketplace.invoice.web;

import java.nio.charset.StandardCharsets;
import org.openspacemakers.marketplace.invoice.DocumentFile;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** How an invoice or a credit note leaves the store: a PDF download, never sniffed, never cached. */
final class IssuedDocuments {

    private IssuedDocuments() {
    }

    static ResponseEntity<byte[]> download(DocumentFile document) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(document.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noStore())
                .body(document.content());
    }
}
