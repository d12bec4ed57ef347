package org.openspacemakers.marketplace.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.openspacemakers.marketplace.catalog.photo.PhotoIntake;

/** A photo of a board: the original as uploaded and its thumbnail, each stored under its SHA-256. */
@Embeddable
public class BoardPhoto {

    @Column(name = "original_key", nullable = false, length = 64)
    private String originalKey;

    @Column(name = "thumbnail_key", nullable = false, length = 64)
    private String thumbnailKey;

    @Column(name = "content_type", nullable = false, length = 40)
    private String contentType;

    @Column(nullable = false)
    private int width;

    @Column(nullable = false)
    private int height;

    protected BoardPhoto() {
        // for JPA
    }

    BoardPhoto(String originalKey, String thumbnailKey, String contentType, int width, int height) {
        this.originalKey = originalKey;
        this.thumbnailKey = thumbnailKey;
        this.contentType = contentType;
        this.width = width;
        this.height = height;
    }

    public String originalKey() {
        return originalKey;
    }

    public String thumbnailKey() {
        return thumbnailKey;
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
        return Math.max(1, (int) Math.round(width * thumbnailScale()));
    }

    /** The thumbnail's height in pixels. */
    public int thumbnailHeight() {
        return Math.max(1, (int) Math.round(height * thumbnailScale()));
    }

    private double thumbnailScale() {
        return Math.min(1, PhotoIntake.THUMBNAIL_BOX / (double) Math.max(width, height));
    }
}
