package org.openspacemakers.marketplace.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** One line of a team's pause log: a member paused it until a day, or resumed it early; who and when. */
@Embeddable
public class TeamPause {

    /** What the member did. */
    public enum Action {
        /** Stopped taking orders until a day. */
        PAUSED,
        /** Took orders again before that day. */
        RESUMED
    }

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Action action;

    @Column(name = "paused_until")
    private LocalDate pausedUntil;

    @Column(name = "done_by", nullable = false)
    private UUID by;

    @Column(name = "done_at", nullable = false)
    private Instant at;

    protected TeamPause() {
        // for JPA
    }

    TeamPause(Action action, LocalDate pausedUntil, UUID by, Instant at) {
        this.action = action;
        this.pausedUntil = pausedUntil;
        this.by = by;
        this.at = at;
    }

    public Action action() {
        return action;
    }

    /** The day orders were to be taken again (a pause only). */
    public Optional<LocalDate> pausedUntil() {
        return Optional.ofNullable(pausedUntil);
    }

    public UUID by() {
        return by;
    }

    public Instant at() {
        return at;
    }
}
