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

    /** The longest name (before its extension) a downloaded file keeps of the name it was uploaded with. */
    private static final int LONGEST_NAME = 100;

    public static ResponseEntity<byte[]> attachment(EvidenceContent evidence) {
        MediaType type = MediaType.parseMediaType(evidence.file().contentType());
        return attachment(type, fileName(evidence.file().fileName(), type), evidence.content());
    }

    /**
     * A file as a download ({@code attachment}), its type as given, never sniffed, never cached,
     * and under a CSP that sandboxes it should a browser show it all the same.
     */
    public static ResponseEntity<byte[]> attachment(MediaType type, String fileName, byte[] content) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName, StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox; default-src 'none'")
                .cacheControl(CacheControl.noStore())
                .body(content);
    }

    /**
     * The name a download gets: the name the file was uploaded with, without its directories, its
     * control and formatting characters (a right-to-left override can show {@code invoice‮fdp.exe}
     * as {@code invoiceexe.pdf}) and its own extension, then the extension of the type its content
     * was judged to be on upload.
     */
    public static String fileName(String uploaded, MediaType type) {
        String name = uploaded == null ? "" : uploaded.codePoints()
                .filter(c -> Character.getType(c) != Character.CONTROL && Character.getType(c) != Character.FORMAT)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        int dot = name.lastIndexOf('.');
        name = (dot >= 0 ? name.substring(0, dot) : name).replaceAll("[\"\\s]+", " ").strip();
        if (name.isEmpty() || name.chars().allMatch(c -> c == '.')) {
            name = "evidence";
        }
        if (name.codePointCount(0, name.length()) > LONGEST_NAME) {
            name = name.substring(0, name.offsetByCodePoints(0, LONGEST_NAME));
        }
        return name + "." + extension(type);
    }

    /** Evidence files are PDF, PNG or JPEG (judged by their first bytes on upload). */
    public static String extension(MediaType type) {
        if (MediaType.IMAGE_PNG.equalsTypeAndSubtype(type)) {
            return "png";
        }
        if (MediaType.IMAGE_JPEG.equalsTypeAndSubtype(type)) {
            return "jpg";
        }
        return "pdf";
    }
}
