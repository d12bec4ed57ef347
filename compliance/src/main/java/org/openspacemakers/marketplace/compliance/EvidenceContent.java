package org.openspacemakers.marketplace.compliance;

/** An evidence file of a dossier and its bytes, as downloaded. */
public record EvidenceContent(EvidenceFile file, byte[] content) {
}
