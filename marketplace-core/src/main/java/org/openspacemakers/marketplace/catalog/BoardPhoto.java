package org.openspacemakers.marketplace.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.openspacemakers.marketplace.catalog.photo.PhotoIntake;

/**
 * A photo of a board: the original as uploaded (kept, never served: it may carry the camera's
 * metadata), its thumbnail and its large rendition (fresh JPEGs without metadata, the ones served),
 * each stored under its SHA-256. Photos added before the large rendition existed have none. Its
 * credit, when it has one, is shown under it (CC-BY and CC-BY-SA ask for the author and licence
 * next to the photo).
 */
@Embeddable
public class BoardPhoto {

    @Column(name = "original_key", nullable = false, length = 64)
    private String originalKey;

    @Column(name = "thumbnail_key", nullable = false, length = 64)
    private String thumbnailKey;

    @Column(name = "large_key", length = 64)
    private String largeKey;

    @Column(name = "content_type", nullable = false, length = 40)
    private String contentType;

    @Column(nullable = false)
    private int width;

    @Column(nullable = false)
    private int height;

    @Column(length = MAX_CREDIT)
    private String credit;

    /** The longest credit a photo takes, in characters. */
    public static final int MAX_CREDIT = 200;

    protected BoardPhoto() {
        // for JPA
    }

    BoardPhoto(String originalKey, String thumbnailKey, String largeKey, String contentType, int width, int height,
            String credit) {
        this.originalKey = originalKey;
        this.thumbnailKey = thumbnailKey;
        this.largeKey = largeKey;
        this.contentType = contentType;
        this.width = width;
        this.height = height;
        this.credit = credit;
    }

    /**
     * A credit as typed, checked: spaces around it dropped, none when blank; one line of at most
     * {@link #MAX_CREDIT} characters, else refused naming the field {@code credit}.
     */
    static String checkedCredit(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String credit = typed.strip();
        if (credit.codePointCount(0, credit.length()) > MAX_CREDIT) {
            throw new ListingRejected("credit", "invalid.photo.credit.length", MAX_CREDIT);
        }
        if (credit.chars().anyMatch(Character::isISOControl)) {
            throw new ListingRejected("credit", "invalid.photo.credit.line");
        }
        return credit;
    }

    /** Gives the photo this credit (already checked), or takes its credit off (null). */
    void credit(String checked) {
        this.credit = checked;
    }

    /** Who made the photo and under which licence, as its team wrote it; empty when it has none. */
    public java.util.Optional<String> credit() {
        return java.util.Optional.ofNullable(credit);
    }

    public String originalKey() {
        return originalKey;
    }

    public String thumbnailKey() {
        return thumbnailKey;
    }

    /** The large rendition's key, when it is larger than the thumbnail (a small original has none). */
    public java.util.Optional<String> largeKey() {
        return java.util.Optional.ofNullable(largeKey).filter(key -> largeWidth() > thumbnailWidth());
    }

    /** The large rendition's width in pixels: the original fitted in {@link PhotoIntake#LARGE_BOX}. */
    public int largeWidth() {
        return PhotoIntake.fitted(width, height, PhotoIntake.LARGE_BOX);
    }

    /** The large rendition's height in pixels. */
    public int largeHeight() {
        return PhotoIntake.fitted(height, width, PhotoIntake.LARGE_BOX);
    }

    public String contentType() {
        return contentType;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** The thumbnail's width in pixels: the original fitted in {@link PhotoIntake#THUMBNAIL_BOX}, as the intake scaled it. */
    public int thumbnailWidth() {
        return PhotoIntake.fitted(width, height, PhotoIntake.THUMBNAIL_BOX);
    }

    /** The thumbnail's height in pixels. */
    public int thumbnailHeight() {
        return PhotoIntake.fitted(height, width, PhotoIntake.THUMBNAIL_BOX);
    }
}
