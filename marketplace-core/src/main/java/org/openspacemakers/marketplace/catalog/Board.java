package org.openspacemakers.marketplace.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
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

    /** Null until first stored: tells Spring Data to insert rather than merge; then optimistic locking. */
    @Version
    private Long version;

    protected Board() {
        // for JPA
    }

    Board(UUID teamId, Slug slug, String name, String summary, String licence, String sourceUrl) {
        this.id = UUID.randomUUID();
        this.teamId = teamId;
        this.slug = slug.value();
        this.name = name;
        this.summary = summary;
        this.licence = licence;
        this.sourceUrl = sourceUrl;
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
}
