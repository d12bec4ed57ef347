package org.openspacemakers.marketplace.compliance.dossier;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import org.openspacemakers.marketplace.compliance.EvidenceFile;

/** A file uploaded to a dossier, known by its SHA-256. */
@Embeddable
class StoredEvidence {

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(nullable = false)
    private long size;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected StoredEvidence() {
        // for JPA
    }

    StoredEvidence(EvidenceFile file) {
        this.sha256 = file.sha256();
        this.fileName = file.fileName();
        this.contentType = file.contentType();
        this.size = file.size();
        this.uploadedAt = file.uploadedAt();
    }

    String sha256() {
        return sha256;
    }

    EvidenceFile view() {
        return new EvidenceFile(sha256, fileName, contentType, size, uploadedAt);
    }
}
