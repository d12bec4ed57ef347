package org.openspacemakers.marketplace.catalog;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** A project team of the association: its members design boards and assemble them. */
@Entity
@Table(name = "teams")
public class Team {

    @Id
    private UUID id;

    @Column(nullable = false, unique = true, length = 80)
    private String slug;

    @Column(nullable = false, length = 200)
    private String name;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "team_members", joinColumns = @JoinColumn(name = "team_id"))
    @Column(name = "user_id")
    private Set<UUID> members = new HashSet<>();

    /** Null until first stored: tells Spring Data to insert rather than merge; then optimistic locking. */
    @Version
    private Long version;

    @Column(name = "weekly_capacity", nullable = false)
    private int weeklyCapacity = 10;

    @Column(name = "horizon_weeks", nullable = false)
    private int horizonWeeks = 8;

    /** The boards of the team's open orders: written only by {@link Teams#queue} (SQL), under the team's lock. */
    @Column(name = "queued_boards", nullable = false, insertable = false, updatable = false)
    private int queuedBoards;

    @Column(name = "workshop_address", nullable = false, length = 500)
    private String workshopAddress = "";

    /** The day the team takes orders again, when a member paused it; past that day it is not paused. */
    @Column(name = "paused_until")
    private LocalDate pausedUntil;

    @Column(name = "paused_by")
    private UUID pausedBy;

    @Column(name = "paused_at")
    private Instant pausedAt;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "team_pauses", joinColumns = @JoinColumn(name = "team_id"))
    @OrderColumn(name = "position")
    private List<TeamPause> pauses = new ArrayList<>();

    protected Team() {
        // for JPA
    }

    Team(Slug slug, String name) {
        this.id = UUID.randomUUID();
        this.slug = slug.value();
        this.name = name;
    }

    void addMember(UUID user) {
        members.add(user);
    }

    /**
     * Takes a member off the team: not found when they are not one; refused when they are its last
     * and it has boards, which need a member to answer for them, their dossiers and their orders.
     */
    void removeMember(UUID user, boolean hasBoards) {
        if (!members.contains(user)) {
            throw new org.openspacemakers.marketplace.refusal.NotFound();
        }
        if (members.size() == 1 && hasBoards) {
            throw new org.openspacemakers.marketplace.refusal.Conflict(
                    org.openspacemakers.marketplace.refusal.Conflict.INVALID_STATE, "conflict.team.lastMember");
        }
        members.remove(user);
    }

    /**
     * How many boards the team's volunteers assemble per week, and how many weeks ahead orders
     * may book: the slots on sale are their product.
     */
    void changeCapacity(int weeklyCapacity, int horizonWeeks) {
        if (weeklyCapacity < 1 || weeklyCapacity > 10_000) {
            throw new ListingRejected("weeklyCapacity", "invalid.weeklyCapacity", 10_000);
        }
        if (horizonWeeks < 1 || horizonWeeks > 52) {
            throw new ListingRejected("horizonWeeks", "invalid.horizonWeeks", 52);
        }
        this.weeklyCapacity = weeklyCapacity;
        this.horizonWeeks = horizonWeeks;
    }

    /** Where buyers of assembly-only offers have their parts delivered. */
    void moveWorkshop(String address) {
        if (address == null || address.isBlank() || address.length() > 500) {
            throw new ListingRejected("address", "invalid.text", 500);
        }
        this.workshopAddress = address.strip();
    }

    /** How far ahead a pause may run: half a year, after which the team is asked to say so again. */
    public static final int MAX_PAUSE_MONTHS = 6;

    /**
     * Stops taking orders until a day (volunteers' holidays): from tomorrow to {@link #MAX_PAUSE_MONTHS}
     * months ahead, else refused naming {@code pausedUntil}. A new date replaces a running pause's.
     * Orders already placed are not touched; the pause ends by itself on that day.
     */
    void pause(LocalDate until, LocalDate today, UUID by, Instant at) {
        LocalDate latest = today.plusMonths(MAX_PAUSE_MONTHS);
        if (until == null || !until.isAfter(today) || until.isAfter(latest)) {
            throw new ListingRejected("pausedUntil", "invalid.pausedUntil", today.plusDays(1).toString(), latest.toString());
        }
        this.pausedUntil = until;
        this.pausedBy = by;
        this.pausedAt = at;
        pauses.add(new TeamPause(TeamPause.Action.PAUSED, until, by, at));
    }

    /** Takes orders again before the pause's day; a conflict when the team is not paused today. */
    void resume(LocalDate today, UUID by, Instant at) {
        if (pausedOn(today).isEmpty()) {
            throw new org.openspacemakers.marketplace.refusal.Conflict(
                    org.openspacemakers.marketplace.refusal.Conflict.INVALID_STATE, "conflict.team.notPaused");
        }
        this.pausedUntil = null;
        this.pausedBy = null;
        this.pausedAt = null;
        pauses.add(new TeamPause(TeamPause.Action.RESUMED, null, by, at));
    }

    /**
     * The day the team takes orders again, when it is paused on this day: a pause ends by itself on
     * its day, no job changes it.
     */
    public Optional<LocalDate> pausedOn(LocalDate today) {
        return pausedUntil != null && today.isBefore(pausedUntil) ? Optional.of(pausedUntil) : Optional.empty();
    }

    /** Who paused the team and when, while a pause is recorded (it may have ended by its day). */
    public Optional<UUID> pausedBy() {
        return Optional.ofNullable(pausedBy);
    }

    public Optional<Instant> pausedAt() {
        return Optional.ofNullable(pausedAt);
    }

    /** Every pause and early resumption, oldest first. */
    public List<TeamPause> pauses() {
        return List.copyOf(pauses);
    }

    public int weeklyCapacity() {
        return weeklyCapacity;
    }

    public int horizonWeeks() {
        return horizonWeeks;
    }

    /** The boards of the team's open orders, as read (under the team's lock when booking). */
    public int queuedBoards() {
        return queuedBoards;
    }

    /** Boards the team can take on within its horizon. */
    public int slotsOnSale() {
        return Math.multiplyExact(weeklyCapacity, horizonWeeks);
    }

    public String workshopAddress() {
        return workshopAddress;
    }

    public java.util.Set<UUID> members() {
        return java.util.Set.copyOf(members);
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

    public boolean hasMember(UUID user) {
        return members.contains(user);
    }
}
