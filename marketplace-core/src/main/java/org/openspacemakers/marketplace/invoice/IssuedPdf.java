package org.openspacemakers.marketplace.invoice;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.openspacemakers.marketplace.storage.StoredFile;

/** The PDF an invoice or a credit note was issued as: where it is stored, its SHA-256 and its size. Made once. */
@Embeddable
class IssuedPdf {

    @Column(name = "pdf_key", nullable = false, length = 64, updatable = false)
    private String key;

    @Column(name = "pdf_sha256", nullable = false, length = 64, updatable = false)
    private String sha256;

    @Column(name = "pdf_size", nullable = false, updatable = false)
    private long size;

    protected IssuedPdf() {
        // for JPA
    }

    IssuedPdf(StoredFile pdf) {
        this.key = pdf.key();
        this.sha256 = pdf.sha256();
        this.size = pdf.size();
    }

    String key() {
        return key;
    }

    /** In lower-case hex: what every download is checked against. */
    String sha256() {
        return sha256;
    }
}
