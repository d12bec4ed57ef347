package org.openspacemakers.marketplace.catalog;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** An open-source board design published by a team. */
@Entity
@Table(name = "boards")
public class Board {

    @Id
    private UUID id;

    @Column(nullable = false, unique = true, length = 80)
    private String slug;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 1000)
    private String summary;

    /** The open-hardware licence, as an SPDX identifier. */
    @Column(nullable = false, length = 64)
    private String licence;

    @Column(name = "source_url", nullable = false, length = 500)
    private String sourceUrl;

    @Column(name = "team_id", nullable = false, updatable = false)
    private UUID teamId;

    /** Markdown source; rendered safely for pages. */
    @Column(columnDefinition = "MEDIUMTEXT")
    private String description;

    @Column(name = "oshwa_uid", length = 8)
    private String oshwaUid;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "board_tags", joinColumns = @JoinColumn(name = "board_id"))
    @Column(name = "tag")
    private Set<String> tags = new HashSet<>();

    /** Null until first stored: tells Spring Data to insert rather than merge; then optimistic locking. */
    @Version
    private Long version;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "board_photos", joinColumns = @JoinColumn(name = "board_id"))
    @OrderColumn(name = "position")
    private List<BoardPhoto> photos = new java.util.ArrayList<>();

    /** The first photo's thumbnail, kept with the board so that the storefront's one query shows it. */
    @Column(name = "cover_thumbnail_key", length = 64)
    private String coverThumbnailKey;

    /** Whether buyers see the board: one of its revisions was submitted for review. */
    @Column(nullable = false)
    private boolean listed;

    @Column(name = "listed_at")
    private java.time.Instant listedAt;

    /** Whether an approved revision has an offer (somewhere, for someone). */
    @Column(nullable = false)
    private boolean orderable;

    /** The lowest price of the current revision's offers. */
    @Column(name = "min_price_minor")
    private Long minPriceMinor;

    /** The current revision's offer kinds, comma-separated. */
    @Column(name = "offer_kinds", nullable = false, length = 40)
    private String offerKinds = "";

    /** What the storefront's full-text search reads: name, summary, tags and MPNs. */
    @Column(name = "search_text", columnDefinition = "MEDIUMTEXT")
    private String searchText;

    protected Board() {
        // for JPA
    }

    Board(UUID teamId, Slug slug, BoardText text) {
        this.id = UUID.randomUUID();
        this.teamId = teamId;
        this.slug = slug.value();
        describe(text);
    }

    /** Changes what buyers read about the board. */
    void describe(BoardText text) {
        this.name = text.name();
        this.summary = text.summary();
        this.description = text.description();
        this.licence = text.licence().spdxId();
        this.sourceUrl = text.sourceUrl();
        this.oshwaUid = text.oshwaUid().map(OshwaUid::value).orElse(null);
        this.tags.clear();
        this.tags.addAll(text.tags());
    }

    /** Takes the storefront's view of the board, recomputed by the catalogue after every change. */
    void relist(boolean listed, java.time.Instant listedAt, boolean orderable, Long minPriceMinor, String offerKinds,
            String searchText) {
        this.listed = listed;
        this.listedAt = listedAt;
        this.orderable = orderable;
        this.minPriceMinor = minPriceMinor;
        this.offerKinds = offerKinds;
        this.searchText = searchText;
    }

    /** The most photos a board shows. */
    public static final int MAX_PHOTOS = 10;

    void addPhoto(BoardPhoto photo) {
        if (photos.size() >= MAX_PHOTOS) {
            throw new ListingRejected("file", "invalid.photos", MAX_PHOTOS);
        }
        photos.add(photo);
        coverThumbnailKey = photos.get(0).thumbnailKey();
    }

    /** Removes the photo whose published thumbnail or original has this key; false when the board has none such. */
    boolean removePhoto(String key) {
        int index = indexOfPhoto(key);
        if (index < 0) {
            return false;
        }
        photos.remove(index);
        coverThumbnailKey = photos.isEmpty() ? null : photos.get(0).thumbnailKey();
        return true;
    }

    /**
     * Moves the photo with this key by {@code offset} places (negative: towards the first, which the
     * storefront shows), stopping at either end; false when the board has no such photo.
     */
    boolean movePhoto(String key, int offset) {
        int index = indexOfPhoto(key);
        if (index < 0) {
            return false;
        }
        int target = Math.max(0, Math.min(photos.size() - 1, index + offset));
        if (target != index) {
            photos.add(target, photos.remove(index));
            coverThumbnailKey = photos.get(0).thumbnailKey();
        }
        return true;
    }

    /** Gives the photo with this key this credit (checked), or none (null); false when the board has no such photo. */
    boolean creditPhoto(String key, String credit) {
        int index = indexOfPhoto(key);
        if (index < 0) {
            return false;
        }
        photos.get(index).credit(credit);
        return true;
    }

    private int indexOfPhoto(String key) {
        for (int i = 0; i < photos.size(); i++) {
            if (photos.get(i).thumbnailKey().equals(key) || photos.get(i).originalKey().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    /** The first photo's thumbnail, which the storefront's card shows. */
    public java.util.Optional<String> coverThumbnailKey() {
        return java.util.Optional.ofNullable(coverThumbnailKey);
    }

    /** The board's photos; read inside a transaction, or after a query that fetched them. */
    public List<BoardPhoto> photos() {
        return List.copyOf(photos);
    }

    public boolean listed() {
        return listed;
    }

    public boolean orderable() {
        return orderable;
    }

    public UUID id() {
        return id;
    }

    public String slug() {
        return slug;
    }

    public String name() {
        return name;
    }

    public String summary() {
        return summary;
    }

    public String licence() {
        return licence;
    }

    public String sourceUrl() {
        return sourceUrl;
    }

    public UUID teamId() {
        return teamId;
    }

    public String description() {
        return description == null ? "" : description;
    }

    public Optional<String> oshwaUid() {
        return Optional.ofNullable(oshwaUid);
    }

    public List<String> tags() {
        return tags.stream().sorted().toList();
    }
}
