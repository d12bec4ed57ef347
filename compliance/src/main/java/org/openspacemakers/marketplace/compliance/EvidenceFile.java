package org.openspacemakers.marketplace.compliance;

import java.time.Instant;

/** An evidence file of a dossier: its name, media type, size and SHA-256 (also its storage key). */
public record EvidenceFile(String sha256, String fileName, String contentType, long size, Instant uploadedAt) {
}
