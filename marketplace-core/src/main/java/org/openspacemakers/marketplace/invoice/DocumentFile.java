package org.openspacemakers.marketplace.invoice;

/** An invoice's or a credit note's PDF as issued, with the name to download it under. */
public record DocumentFile(String fileName, byte[] content) {
}
