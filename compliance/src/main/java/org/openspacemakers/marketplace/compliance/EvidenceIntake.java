package org.openspacemakers.marketplace.compliance;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

/**
 * Checks an evidence file before it is stored: a PDF, PNG or JPEG judged by its first bytes (never
 * by its name or declared type), at most {@value #MAX_BYTES} bytes, and a file name safe to show
 * and to offer as a download name. A refused file is never stored.
 */
public final class EvidenceIntake {

    /** The largest evidence file accepted; callers refuse a larger upload before reading it. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    private static final int MAX_NAME = 200;

    /** The first bytes of each type of file accepted, and its media type. */
    private static final Map<byte[], String> SIGNATURES = Map.of(
            "%PDF-".getBytes(StandardCharsets.US_ASCII), "application/pdf",
            new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, "image/png",
            new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, "image/jpeg");

    /** What the intake made of an upload: the name kept and the content's media type. */
    public record Accepted(String fileName, String contentType) {
    }

    /** Accepts the upload, or refuses it naming {@code file} with why. */
    public Accepted accept(String fileName, byte[] content) {
        return new Accepted(safeName(fileName), contentType(content));
    }

    private static String contentType(byte[] content) {
        if (content == null || content.length == 0) {
            throw new EvidenceRefused("invalid.file.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new EvidenceRefused("invalid.file.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        return SIGNATURES.entrySet().stream()
                .filter(signature -> content.length >= signature.getKey().length
                        && Arrays.equals(content, 0, signature.getKey().length, signature.getKey(), 0, signature.getKey().length))
                .map(Map.Entry::getValue).findFirst()
                .orElseThrow(() -> new EvidenceRefused("invalid.file.evidenceType"));
    }

    /** The name without any folder or control character, at most {@value #MAX_NAME} characters (its end kept). */
    private static String safeName(String fileName) {
        String name = fileName == null ? "" : fileName.replaceAll(".*[/\\\\]", "").replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty()) {
            return "evidence";
        }
        return name.length() > MAX_NAME ? name.substring(name.length() - MAX_NAME) : name;
    }
}
